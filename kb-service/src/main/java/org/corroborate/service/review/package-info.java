/** Reviewing submitted claims: the queue, field comments, and decisions under the four-eyes rule. */
package org.corroborate.service.review;
