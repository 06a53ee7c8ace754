/** The home screen: the latest and contested public figures, the latest verified claims, topics and organizations. */
package org.corroborate.web.faces.home;
