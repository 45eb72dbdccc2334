package io.stancegraph.common;

import java.lang.reflect.Field;

/**
 * Fields that graphql-java and SmallRye GraphQL keep private and offer no getter for, which the lean execution path
 * reads ({@link GraphQLHooks}, {@link FastFetchers}, {@link JsonResponses}, {@link PrintedResponse}).
 */
final class PrivateFields {

    private PrivateFields() {
    }

    static Field of(Class<?> declaring, String name) throws NoSuchFieldException {
        Field f = declaring.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** A field that must be there: a library upgrade that moved it fails start-up, naming it. */
    static Field required(Class<?> declaring, String name) {
        try {
            return of(declaring, name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Cannot find '" + name + "' in " + declaring.getName(), e);
        }
    }

    static <T> T read(Class<?> declaring, Object owner, String name, Class<T> type) {
        try {
            return type.cast(required(declaring, name).get(owner));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read '" + name + "' of " + declaring.getName(), e);
        }
    }
}
