package org.safepassage.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The zone a list's times of arrival written without one are at ({@code --local-times-at}): a
 * region (Asia/Tehran, which knows the years Iran kept summer time), UTC, or an offset (+03:30).
 */
public final class LocalTimesZone implements ITypeConverter<ZoneId> {

    /** What the option's description says of it. */
    public static final String DESCRIPTION = "The zone of times of arrival written without one, as a database exports local "
            + "times (Asia/Tehran, UTC, +03:30); without it such lines are left out, as the schema wants a zone.";

    @Override
    public ZoneId convert(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is no time zone: give a region such as Asia/Tehran, UTC, or an "
                    + "offset such as +03:30");
        }
    }
}
