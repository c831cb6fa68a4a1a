package io.fedemu.emulator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Output shaped like PowerShell's Format-Table: a header, a dashed rule, left-aligned columns. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    Table(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    void row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        rows.add(cells);
    }

    void print(PrintWriter out) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
            rule[i] = "-".repeat(rows.get(0)[i].length());
        }
        List<String[]> printed = new ArrayList<>(rows);
        printed.add(1, rule);
        for (String[] row : printed) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row[i] : String.format("%-" + widths[i] + "s ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
