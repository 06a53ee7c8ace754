package org.corroborate.service.source;

import java.io.Serializable;
import java.util.List;

/**
 * A source as its form edits it: its content as a {@link NewSource}, the version the edit is based on, and the
 * relayed sources as references (for showing their titles).
 */
public record EditableSource(long id, long version, NewSource content, List<SourceRef> relays) implements Serializable {
}
