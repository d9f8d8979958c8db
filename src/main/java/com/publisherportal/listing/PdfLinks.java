package com.publisherportal.listing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The web links a PDF document carries (its link annotations' {@code /URI}), read from the file's
 * own objects and from its compressed streams (where object streams keep them); nothing is rendered.
 * Inflating is capped so a crafted file cannot blow up memory.
 */
public final class PdfLinks {

    private static final Pattern URI = Pattern.compile("/URI\\s*\\(((?:\\\\.|[^\\\\)])*)\\)");
    private static final Pattern STREAM = Pattern.compile("stream\\r?\\n");
    private static final int INFLATED_MAX = 4 * 1024 * 1024;

    private PdfLinks() {
    }

    public static List<String> of(byte[] pdf) {
        Set<String> links = new LinkedHashSet<>();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        collect(raw, links);
        Matcher stream = STREAM.matcher(raw);
        int budget = INFLATED_MAX;
        while (stream.find() && budget > 0) {
            int start = stream.end();
            int end = raw.indexOf("endstream", start);
            if (end < 0) {
                break;
            }
            String inflated = inflate(pdf, start, end - start, budget);
            budget -= inflated.length();
            collect(inflated, links);
        }
        return List.copyOf(links);
    }

    private static void collect(String text, Set<String> links) {
        Matcher m = URI.matcher(text);
        while (m.find()) {
            String link = m.group(1).replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\").trim();
            if (link.startsWith("http://") || link.startsWith("https://")) {
                links.add(link);
            }
        }
    }

    private static String inflate(byte[] pdf, int offset, int length, int max) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(pdf, offset, length);
            byte[] out = new byte[Math.min(max, 64 * 1024)];
            StringBuilder text = new StringBuilder();
            while (!inflater.finished() && text.length() < max) {
                int n = inflater.inflate(out);
                if (n == 0) {
                    break;
                }
                text.append(new String(out, 0, n, StandardCharsets.ISO_8859_1));
            }
            return text.toString();
        } catch (DataFormatException notDeflated) {
            return "";
        } finally {
            inflater.end();
        }
    }

    /** Whether a link carries campaign parameters: {@code utm_…}, or the marketplace's {@code src} / {@code mktcmpid}. */
    public static boolean hasCampaignParameters(String link) {
        int q = link.indexOf('?');
        if (q < 0) {
            return false;
        }
        for (String pair : link.substring(q + 1).split("[&#]")) {
            String name = pair.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT);
            boolean campaign = name.startsWith("utm_") || name.equals("src") || name.equals("mktcmpid");
            if (campaign && pair.length() > name.length() + 1) {
                return true;
            }
        }
        return false;
    }
}
