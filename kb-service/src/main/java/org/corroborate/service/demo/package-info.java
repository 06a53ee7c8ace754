/**
 * The demo knowledge base, built from the project's five seed articles and shipped as
 * {@code demo-knowledge-base.json}: loaded once into an empty database, never twice.
 */
package org.corroborate.service.demo;
