package org.safepassage.desk.dashboard;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A horizontal or vertical bar chart as inline SVG, drawn on the server: no script, no library,
 * nothing fetched. Labels are escaped; the chart carries a title and a text table equivalent
 * (each bar's {@code <title>}) for screen readers.
 */
public final class SvgBarChart {

    private static final int BAR = 22;
    private static final int GAP = 6;
    private static final int LABEL_WIDTH = 170;
    private static final int WIDTH = 560;

    private SvgBarChart() {
    }

    /** One bar per row, label on the left, count on the right. */
    public static String horizontal(String title, List<Bar> bars) {
        if (bars.isEmpty()) {
            return "<p class=\"muted\">No data yet.</p>";
        }
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = bars.size() * (BAR + GAP) + GAP;
        int plot = WIDTH - LABEL_WIDTH - 60;
        StringBuilder svg = open(title, WIDTH, height);
        int y = GAP;
        for (Bar bar : bars) {
            int length = (int) Math.max(2, Math.round((double) bar.value() / max * plot));
            String label = HtmlUtils.htmlEscape(bar.label());
            svg.append(String.format(Locale.ROOT,
                    "<g><title>%s: %d</title><text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"bar\"/>"
                            + "<text x=\"%d\" y=\"%d\" class=\"value\">%d</text></g>",
                    label, bar.value(), LABEL_WIDTH - 8, y + BAR - 6, label, LABEL_WIDTH, y, length, BAR,
                    LABEL_WIDTH + length + 6, y + BAR - 6, bar.value()));
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** One column per bar (e.g. per day), labels under every few columns. */
    public static String columns(String title, List<Bar> bars) {
        if (bars.isEmpty()) {
            return "<p class=\"muted\">No data yet.</p>";
        }
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = 200;
        int plot = height - 40;
        int step = Math.max(4, (WIDTH - 40) / bars.size());
        StringBuilder svg = open(title, Math.max(WIDTH, 40 + step * bars.size()), height);
        int labelEvery = Math.max(1, bars.size() / 6);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int length = (int) Math.round((double) bar.value() / max * plot);
            int x = 30 + i * step;
            String label = HtmlUtils.htmlEscape(bar.label());
            svg.append(String.format(Locale.ROOT,
                    "<g><title>%s: %d</title><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"bar\"/></g>",
                    label, bar.value(), x, 10 + plot - length, Math.max(2, step - 2), Math.max(length, 1)));
            if (i % labelEvery == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\">%s</text>",
                        x, height - 12, label));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"18\" class=\"value\">%d</text>", max));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        String escaped = HtmlUtils.htmlEscape(title);
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-label=\"%s\" "
                        + "viewBox=\"0 0 %d %d\" width=\"100%%\"><title>%s</title>", escaped, width, height, escaped));
    }

    /** A label and its count. */
    public record Bar(String label, long value) {
    }
}
