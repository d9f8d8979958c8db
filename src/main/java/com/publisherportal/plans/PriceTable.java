package com.publisherportal.plans;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One plan's prices as the pricing workbook shows them: its price points (each with the caller's
 * display label and its USD base price) and one row per market of the marketplace, whether the
 * plan is sold there, and per point the converted local price, the publisher's override and so
 * the effective price. What {@link PricingWorkbook} writes and what an import is compared with.
 */
public record PriceTable(String planId, String planName, String offerName, List<Point> points, List<MarketRow> markets) {

    public PriceTable {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(planName, "planName");
        Objects.requireNonNull(offerName, "offerName");
        points = List.copyOf(points);
        markets = List.copyOf(markets);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A price table has at least one price point");
        }
        Set<PricePoint> seenPoints = new HashSet<>();
        for (Point point : points) {
            if (!seenPoints.add(point.point())) {
                throw new IllegalArgumentException("Price point twice: " + point.point());
            }
        }
        Set<String> seenMarkets = new HashSet<>();
        for (MarketRow row : markets) {
            if (!seenMarkets.add(row.market().code())) {
                throw new IllegalArgumentException("Market twice: " + row.market().code());
            }
            if (row.prices().size() != points.size()) {
                throw new IllegalArgumentException("Market " + row.market().code() + " has " + row.prices().size()
                        + " prices for " + points.size() + " price points");
            }
        }
    }

    /** A price point of the plan, its label as the caller shows it, and its price in US dollars. */
    public record Point(PricePoint point, String label, BigDecimal usd) {
        public Point {
            Objects.requireNonNull(point, "point");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(usd, "usd");
            if (usd.signum() < 0) {
                throw new IllegalArgumentException("A price is not negative: " + usd);
            }
        }
    }

    /**
     * A market's row: its display name (in the caller's language), whether the plan is sold there,
     * and one price per point, in the order of {@link PriceTable#points()}.
     */
    public record MarketRow(Market market, String marketName, boolean available, List<MarketPrice> prices) {
        public MarketRow {
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(marketName, "marketName");
            prices = List.copyOf(prices);
            for (MarketPrice price : prices) {
                price.checkDigits(market);
            }
        }

        /**
         * A row whose converted prices come from the points' USD prices at the market's rate;
         * {@code overrides} holds the publisher's price per point, or null where there is none.
         */
        public static MarketRow converted(Market market, String marketName, boolean available, List<Point> points,
                                          List<BigDecimal> overrides) {
            if (overrides.size() != points.size()) {
                throw new IllegalArgumentException("One override (or null) per price point");
            }
            List<MarketPrice> prices = new java.util.ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                prices.add(new MarketPrice(PriceConversion.toLocal(points.get(i).usd(), market), overrides.get(i)));
            }
            return new MarketRow(market, marketName, available, prices);
        }
    }

    /** A price in a market: converted from USD, and the publisher's own price where they set one. */
    public record MarketPrice(BigDecimal converted, BigDecimal override) {
        public MarketPrice {
            Objects.requireNonNull(converted, "converted");
            if (converted.signum() < 0 || override != null && override.signum() < 0) {
                throw new IllegalArgumentException("A price is not negative");
            }
        }

        /** What customers pay: the publisher's price, else the converted one. */
        public BigDecimal effective() {
            return override != null ? override : converted;
        }

        void checkDigits(Market market) {
            if (override != null && override.stripTrailingZeros().scale() > market.priceDigits()) {
                throw new IllegalArgumentException("A " + market.currency() + " price has at most "
                        + market.priceDigits() + " decimals: " + override);
            }
        }
    }

    /** The row of a market, if the table has it. */
    public Optional<MarketRow> market(String code) {
        return markets.stream().filter(row -> row.market().code().equals(code)).findFirst();
    }
}
