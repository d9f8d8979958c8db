package com.publisherportal.insights;

/**
 * Where an order, usage or customer row of insights comes from (V24): the portal's own register
 * (the SaaS subscriptions register and its accepted usage), or the demo generator, which only adds
 * volume to the demo and the benchmarks and is never a real sale.
 */
public enum RowSource {
    REGISTER, GENERATED
}
