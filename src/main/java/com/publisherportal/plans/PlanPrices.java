package com.publisherportal.plans;

import java.util.List;
import java.util.Set;

/**
 * A plan's prices in every market (markets × price points), whether or not the plan is sold there:
 * what the availability grid and the pricing workbook show.
 */
public record PlanPrices(Plan plan, List<Market> markets, Set<String> selectedMarkets, List<PricePoint> points,
                         List<PriceRow> rows) {

    public PlanPrices {
        markets = List.copyOf(markets);
        selectedMarkets = Set.copyOf(selectedMarkets);
        points = List.copyOf(points);
        rows = List.copyOf(rows);
    }

    public PriceRow row(String market, PricePoint point) {
        return rows.stream().filter(r -> r.market().code().equals(market) && r.point().equals(point)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No price for " + market + " " + point));
    }
}
