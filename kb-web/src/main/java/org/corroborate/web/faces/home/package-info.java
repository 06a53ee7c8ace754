/** The home screen: every measure with the figures claimed for it. */
package org.corroborate.web.faces.home;
