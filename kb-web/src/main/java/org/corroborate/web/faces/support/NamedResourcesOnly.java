package org.corroborate.web.faces.support;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;

/**
 * A resource request that names no resource ({@code /jakarta.faces.resource/.xhtml}, or a name of slashes alone)
 * answers 404 as any missing resource does: Mojarra 4.0 looks such a name up by its first character and throws (a
 * 500; found by FuzzIT). Registered in faces-config.xml, around PrimeFaces' own handler.
 */
public class NamedResourcesOnly extends ResourceHandlerWrapper {

    public NamedResourcesOnly(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return named(resourceName) ? super.createResource(resourceName) : null;
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return named(resourceName) ? super.createResource(resourceName, libraryName) : null;
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return named(resourceName) ? super.createResource(resourceName, libraryName, contentType) : null;
    }

    /** Whether a resource name holds something besides slashes. */
    static boolean named(String resourceName) {
        return resourceName != null && !resourceName.replace("/", "").isEmpty();
    }
}
