/**
 * Measures: the questions figures answer ("North Koreans living in hiding in China"), with the unit,
 * population definition and kind (stock, flow, cumulative, event, rate) that decide which claims can be compared.
 */
package org.corroborate.model.measure;
