/** Measures: the overview of every measure with its figures, a measure with its claims side by side. */
package org.corroborate.service.measure;
