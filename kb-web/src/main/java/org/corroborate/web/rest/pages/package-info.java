/** How the rendering of public pages ahead of readers stands. */
package org.corroborate.web.rest.pages;
