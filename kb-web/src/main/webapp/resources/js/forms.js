/*
 * Members' forms never lose work by accident: leaving a page whose form (h:form with the class "kb-guarded") was
 * changed and not saved asks first (the browser's own "leave the page?" question). A button with the class
 * "kb-save" saves: pressing it clears the question, which comes back if the server refused the save (PrimeFaces says
 * so with args.validationFailed) or when the form is changed again.
 */
(function () {
    'use strict';
    var dirty = false;
    var saving = false;

    function guarded(element) {
        return element && element.closest && element.closest('form.kb-guarded') !== null;
    }

    function changed(event) {
        if (guarded(event.target) && !event.target.closest('.kb-unguarded')) {
            dirty = true;
        }
    }

    document.addEventListener('input', changed, true);
    document.addEventListener('change', changed, true);

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.kb-save');
        if (button && guarded(button)) {
            dirty = false;
            saving = true;
        }
    }, true);

    document.addEventListener('submit', function (event) {
        if (guarded(event.target)) {
            dirty = false;
        }
    }, true);

    window.addEventListener('beforeunload', function (event) {
        if (dirty) {
            // the browser shows its own question; older browsers want a text, which they do not show
            event.preventDefault();
            event.returnValue = 'unsaved';
            return 'unsaved';
        }
        return undefined;
    });

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
            if (saving) {
                saving = false;
                if (args && args.validationFailed) {
                    dirty = true;
                }
            }
        });
    }

    /** For tests and pages: whether leaving now would ask. */
    window.kbForms = {
        isDirty: function () {
            return dirty;
        }
    };
}());
