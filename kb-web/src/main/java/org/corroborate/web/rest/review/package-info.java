/** Review over HTTP: the queue, field comments, decisions. */
package org.corroborate.web.rest.review;
