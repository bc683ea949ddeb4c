package io.supportcenter.web.config;

/** A JDBC URL as it may be written to the log: without its parameters, which may carry a password. */
final class DatabaseUrls {

    private DatabaseUrls() {
    }

    static String withoutSecrets(String url) {
        int parameters = url.indexOf('?');
        String withoutParameters = parameters < 0 ? url : url.substring(0, parameters);
        int options = withoutParameters.indexOf(';');
        return options < 0 ? withoutParameters : withoutParameters.substring(0, options);
    }
}
