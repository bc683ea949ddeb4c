package io.supportcenter.it.broken;

/** Deliberately has no implementation anywhere, so nothing can satisfy an injection of it. */
public interface MissingService {

    String answer();
}
