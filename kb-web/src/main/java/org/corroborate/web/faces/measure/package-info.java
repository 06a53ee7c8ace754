/** The measure screen: its definition and its claims side by side. */
package org.corroborate.web.faces.measure;
