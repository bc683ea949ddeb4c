package io.supportcenter.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as {@code TIMESTAMP WITH TIME ZONE} in UTC. Binding {@link OffsetDateTime} is what
 * both the H2 and the PostgreSQL drivers support, so no server or JVM time zone can shift a stored time.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
