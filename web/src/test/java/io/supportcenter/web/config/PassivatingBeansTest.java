package io.supportcenter.web.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a session keeps must travel to another node of the cluster (the application is
 * distributable): every session-, view- or conversation-scoped bean is Serializable, and so is the
 * declared type of each field it keeps (elements of collections included). Injected beans travel as
 * their serialisable proxies.
 */
class PassivatingBeansTest {

    private static final Path CLASSES = Path.of("target/classes").toAbsolutePath();

    @Test
    void sessionStateCanBeReplicated() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : passivatingBeans()) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    whyNotSerializable(field.getGenericType()).ifPresent(why ->
                            problems.add(bean.getSimpleName() + "." + field.getName() + ": " + why));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Optional<String> whyNotSerializable(Type type) {
        if (type instanceof Class<?> plain) {
            if (plain.isPrimitive() || Serializable.class.isAssignableFrom(plain) || plain.isEnum()) {
                return Optional.empty();
            }
            if (plain.isArray()) {
                return whyNotSerializable(plain.getComponentType());
            }
            return Optional.of(plain.getName() + " is not Serializable");
        }
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            boolean container = Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class;
            if (!container && !Serializable.class.isAssignableFrom(raw)) {
                return Optional.of(raw.getName() + " is not Serializable");
            }
            if (raw == Optional.class) {
                return Optional.of("Optional is not Serializable");
            }
            for (Type argument : generic.getActualTypeArguments()) {
                Optional<String> why = whyNotSerializable(argument);
                if (why.isPresent()) {
                    return why;
                }
            }
            return Optional.empty();
        }
        if (type instanceof WildcardType wildcard) {
            return whyNotSerializable(wildcard.getUpperBounds()[0]);
        }
        return Optional.empty();
    }

    private static List<Class<?>> passivatingBeans() throws IOException {
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, PassivatingBeansTest.class.getClassLoader());
                    if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                            || type.isAnnotationPresent(ConversationScoped.class)
                            || type.isAnnotationPresent(org.omnifaces.cdi.ViewScoped.class)) {
                        beans.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return beans;
    }
}
