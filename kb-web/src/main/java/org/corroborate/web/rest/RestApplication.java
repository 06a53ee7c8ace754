package org.corroborate.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The read API, version 1. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
