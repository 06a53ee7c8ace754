/**
 * Value types shared by every part of the model: dates known to a year, month or day,
 * periods built from them, and numeric intervals used to compare figures.
 */
package org.corroborate.model.shared;
