package org.safepassage.vetting.run;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.safepassage.core.json.ByteLines;
import org.safepassage.core.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A partner's list saved as CSV (a spreadsheet's "CSV UTF-8", with a header naming its columns)
 * read as JSON lines: each row one JSON object under the header's names, so that it is read
 * exactly as a line of JSON is, under the reading rules and with an export's own column names
 * (given_name, Surname, national_code …). A column named with a dot after person or service
 * (person.givenName) fills that object. A blank cell is left out, as blank is absent. Blank lines stand in for the
 * header, for an empty line or a row of blank cells, and for the lines a quoted cell runs over, so
 * that a row's line is its line in the file and every report names the line a person finds in an
 * editor.
 */
final class CsvRegistrations extends InputStream {

    private static final byte[] NO_BYTES = {};
    /** The schema's objects a column can name with a dot (person.givenName); any other dot is part of a column's name. */
    private static final java.util.Set<String> NESTED = java.util.Set.of("person", "service");

    private final RowBound text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final List<String> header;
    private final String name;
    private byte[] pending;
    private int position;

    /** {@code bytes}: the file in UTF-8 (a byte order mark before it is read as none); the delimiter: ',', ';' or a tab. */
    CsvRegistrations(InputStream bytes, char delimiter, String name) throws IOException {
        this.name = name;
        var strictUtf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            this.text = new RowBound(new InputStreamReader(bytes, strictUtf8), name);
            this.parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(text);
            this.rows = parser.iterator();
            // the header: the first row that is not empty; a blank line stands in for it and for each empty line before it
            List<String> first = List.of();
            int lines = 0;
            while (first.stream().allMatch(String::isBlank) && rows.hasNext()) {
                CSVRecord row = rows.next();
                text.rowRead();
                // a byte order mark before the header is no part of its first name (spreadsheets write one)
                first = row.toList().stream().map(Json::withoutByteOrderMark).toList();
                lines += (int) linesOf(row);
            }
            this.header = first;
            this.pending = new byte[lines];
            java.util.Arrays.fill(pending, (byte) '\n');
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw failure(e.getCause() instanceof IOException io ? io : e);
        }
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return pending[position++] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int taken = Math.min(length, pending.length - position);
        System.arraycopy(pending, position, into, offset, taken);
        position += taken;
        return taken;
    }

    /** True when bytes are pending, reading the next row when none are. */
    private boolean fill() throws IOException {
        if (position < pending.length) {
            return true;
        }
        CSVRecord row;
        try {
            if (!rows.hasNext()) {
                return false;
            }
            row = rows.next();
            text.rowRead();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw failure(e.getCause() instanceof IOException io ? io : e);
        }
        // the row on its first line; a blank line for each more line a quoted cell runs over, and for a row of blank cells
        ObjectNode object = objectOf(row);
        byte[] json = object.isEmpty() ? NO_BYTES : Json.MAPPER.writeValueAsBytes(object);
        long lines = linesOf(row);
        pending = new byte[json.length + (int) lines];
        System.arraycopy(json, 0, pending, 0, json.length);
        java.util.Arrays.fill(pending, json.length, pending.length, (byte) '\n');
        position = 0;
        return true;
    }

    /** How many lines of the file the row takes: one, and one more for each line end inside a quoted cell. */
    private static long linesOf(CSVRecord row) {
        long lines = 1;
        for (String value : row) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }

    private ObjectNode objectOf(CSVRecord row) {
        ObjectNode object = Json.MAPPER.createObjectNode();
        // a column without a name is left out; of two columns of one name, the first that is not blank is read
        for (int i = 0; i < Math.min(header.size(), row.size()); i++) {
            String column = header.get(i).strip();
            String value = row.get(i);
            if (column.isBlank() || value.isBlank()) {
                continue;
            }
            ObjectNode into = object;
            int dot = column.indexOf('.');
            String parent = dot > 0 ? column.substring(0, dot) : "";
            if (NESTED.contains(parent) && dot < column.length() - 1) {
                into = object.get(parent) instanceof ObjectNode existing ? existing : object.putObject(parent);
                column = column.substring(dot + 1);
            }
            if (!into.has(column)) {
                into.put(column, value);
            }
        }
        return object;
    }

    private IOException failure(Exception e) {
        if (e instanceof RowTooLong tooLong) {
            return tooLong;
        }
        if (e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException) {
            return new IOException(name + " is CSV but not in UTF-8 (a spreadsheet saved as plain \"CSV\" on Windows); save it as "
                    + "\"CSV UTF-8\" (for example: iconv -f WINDOWS-1256 -t UTF-8)", e);
        }
        return new IOException(name + " cannot be read as CSV: " + e.getMessage(), e);
    }

    /**
     * The text, refusing to be read past {@link ByteLines#MAX_LINE_BYTES} characters since the last
     * row read: a quote that never closes (or a hostile file) would otherwise make one cell of the
     * rest of the file, held in memory whole. The parser reads a little ahead, so the count is of
     * what it has read since the row before was handed over.
     */
    private static final class RowBound extends FilterReader {

        private final String name;
        private long sinceRow;

        RowBound(Reader in, String name) {
            super(in);
            this.name = name;
        }

        void rowRead() {
            sinceRow = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] into, int offset, int length) throws IOException {
            int read = super.read(into, offset, length);
            count(Math.max(read, 0));
            return read;
        }

        private void count(int read) throws IOException {
            sinceRow += read;
            if (sinceRow > ByteLines.MAX_LINE_BYTES) {
                throw new RowTooLong(name + " has a row longer than " + (ByteLines.MAX_LINE_BYTES >> 20) + " MiB, more than any"
                        + " registration (a quote that never closes?)");
            }
        }
    }

    /** A row past the bound: said as it is, not as a failure to read CSV. */
    private static final class RowTooLong extends IOException {

        RowTooLong(String message) {
            super(message);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
