package org.corroborate.service.storage;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * Before EclipseLink writes a transaction's changes, refuses them when the embedded database's disk is nearly full
 * ({@link DiskRoom}); the transaction rolls back and the caller gets a 503. Registered in persistence.xml
 * ({@code eclipselink.session-event-listener}).
 */
public class RoomBeforeCommit extends SessionEventAdapter {

    @Override
    public void preCommitUnitOfWork(SessionEvent event) {
        if (event.getSession() instanceof UnitOfWork work && work.hasChanges()) {
            DiskRoom.refuseIfLow();
        }
    }
}
