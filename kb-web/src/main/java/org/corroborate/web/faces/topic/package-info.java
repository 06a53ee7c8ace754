/** The topic screen: one topic's measures, each with its public figure or count of verified claims. */
package org.corroborate.web.faces.topic;
