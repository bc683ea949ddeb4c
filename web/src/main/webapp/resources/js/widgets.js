// What PrimeFaces' widgets leave unsaid to assistive technology, said (run on load and after each Ajax update).
//
// A real button for PrimeFaces' file chooser. Its chooser is a focusable <span> around the (hidden) file input: no
// role, and with role="button" an interactive control nested in another, so assistive technology cannot name it
// right either way. The span is taken out of view and out of the accessibility tree; a <button> in its place, with
// the same look and words, opens the same input, whose change the widget handles as before.
(function () {
    'use strict';

    function mend() {
        document.querySelectorAll('.ui-fileupload-choose:not(.sc-replaced)').forEach(function (chooser) {
            var input = chooser.querySelector('input[type=file]');
            var text = chooser.querySelector('.ui-button-text');
            if (!input || !text) {
                return;
            }
            var button = document.createElement('button');
            button.type = 'button';
            // A secondary action: the form's own button (Continue, Send) is the primary one.
            button.className = 'ui-button ui-widget ui-state-default ui-corner-all ui-button-text-icon-left ui-button-secondary sc-file-choose';
            // A disabled uploader (the Ask page while its suggestions show) has a disabled button.
            button.disabled = input.disabled || chooser.classList.contains('ui-state-disabled');
            var icon = document.createElement('span');
            icon.className = 'ui-button-icon-left ui-icon ui-c pi pi-plus';
            icon.setAttribute('aria-hidden', 'true');
            var label = document.createElement('span');
            label.className = 'ui-button-text ui-c';
            label.textContent = text.textContent;
            // PrimeFaces hides a file chooser's words on narrow screens: the name stays with the button.
            button.setAttribute('aria-label', text.textContent);
            button.appendChild(icon);
            button.appendChild(label);
            button.addEventListener('click', function () {
                input.click();
            });
            chooser.classList.add('sc-replaced');
            chooser.setAttribute('tabindex', '-1');
            chooser.parentNode.insertBefore(button, chooser);
        });
    }

    // A select menu's combobox is named by its value (aria-label), its <label> pointing at a <span> that cannot be
    // labelled: the label names it now, the value is still read as its content.
    function nameMenus() {
        document.querySelectorAll('.ui-selectonemenu [role=combobox]:not([aria-labelledby])').forEach(function (box) {
            var label = document.querySelector('label[for="' + CSS.escape(box.id) + '"]');
            if (label) {
                if (!label.id) {
                    label.id = box.id + '-name';
                }
                box.setAttribute('aria-labelledby', label.id);
            }
        });
        // A closed menu's aria-controls cannot be checked by anyone (its list may not be drawn yet): it points at the list
        // while the list is open, and is left out while it is closed.
        document.querySelectorAll('[aria-haspopup][aria-controls]:not([data-controls])').forEach(function (box) {
            box.setAttribute('data-controls', box.getAttribute('aria-controls'));
            followExpanded(box);
            new MutationObserver(function () {
                followExpanded(box);
            }).observe(box, {attributes: true, attributeFilter: ['aria-expanded', 'aria-controls']});
        });
    }

    function followExpanded(box) {
        var open = box.getAttribute('aria-expanded') === 'true';
        if (open && box.getAttribute('aria-controls') !== box.getAttribute('data-controls')) {
            box.setAttribute('aria-controls', box.getAttribute('data-controls'));
        } else if (!open && box.hasAttribute('aria-controls')) {
            box.removeAttribute('aria-controls');
        }
    }

    // A paginator's middle part is named "Navigation" without a role a name is allowed on.
    function roleNamedGroups() {
        document.querySelectorAll('.ui-paginator-center-content[aria-label]:not([role])').forEach(function (group) {
            group.setAttribute('role', 'group');
        });
    }

    // PrimeFaces' message widget points its field's aria-describedby at the message, replacing what the page said (a
    // hint, a word counter), and leaves it pointing there once the message has gone. The page's own description is
    // kept (data-described-by, taken before any widget changes it) and a field is described by it and by the message on
    // show; an id that no longer names anything is dropped.
    function keepDescriptions() {
        document.querySelectorAll('[aria-describedby]:not([data-described-by])').forEach(function (field) {
            field.setAttribute('data-described-by', field.getAttribute('aria-describedby'));
        });
        document.querySelectorAll('[data-described-by]').forEach(describe);
    }

    function describe(field) {
        var ids = (field.getAttribute('data-described-by') + ' ' + (field.getAttribute('aria-describedby') || '')).split(/\s+/)
            .filter(function (id, index, all) {
                return id && all.indexOf(id) === index && document.getElementById(id);
            }).join(' ');
        if (ids && field.getAttribute('aria-describedby') !== ids) {
            field.setAttribute('aria-describedby', ids);
        } else if (!ids && field.hasAttribute('aria-describedby')) {
            field.removeAttribute('aria-describedby');
        }
    }

    if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Message) {
        var initMessage = PrimeFaces.widget.Message.prototype.init;
        PrimeFaces.widget.Message.prototype.init = function (cfg) {
            var field = cfg && cfg.target ? document.getElementById(cfg.target) : null;
            if (field && !field.hasAttribute('data-described-by')) {
                field.setAttribute('data-described-by', field.getAttribute('aria-describedby') || '');
            }
            initMessage.apply(this, arguments);
            if (field) {
                describe(field);
            }
        };
    }

    function mendAll() {
        mend();
        nameMenus();
        roleNamedGroups();
        keepDescriptions();
    }

    // Where the keyboard and the screen reader continue after a full-page post: the first field in error after a
    // refusal (the form's data-focus-first names it), else a heading the page marks as what happened next (the Ask
    // page's suggestions). A field that cannot take the focus itself (a tree) hands it to its focusable part.
    function focusOnLoad() {
        var form = document.querySelector('[data-focus-first]:not([data-focus-first=""])');
        var target = form ? document.getElementById(form.getAttribute('data-focus-first')) : null;
        if (target && target.tabIndex < 0 && !target.matches('input, textarea, select, button, [tabindex]')) {
            target = target.querySelector('[tabindex="0"], input:not([type=hidden]), textarea, select, button') || target;
        }
        target = target || document.querySelector('[data-focus-on-load]');
        if (target) {
            target.focus();
        }
    }

    // A button whose form is on its way says so and cannot be pressed again: disabled, aria-busy, its words replaced by
    // its data-busy text and its icon by a spinner. The change waits until the form's data are taken, or the button's
    // own name (which tells the server which action it is) would be left out of the post.
    function busyOnSubmit() {
        document.addEventListener('submit', function (event) {
            var button = event.submitter;
            if (!button || !button.hasAttribute('data-busy') || event.defaultPrevented) {
                return;
            }
            window.setTimeout(function () {
                var text = button.querySelector('.ui-button-text');
                var icon = button.querySelector('.ui-icon');
                button.setAttribute('data-idle-text', text ? text.textContent : '');
                button.setAttribute('data-idle-icon', icon ? icon.className : '');
                button.disabled = true;
                button.classList.add('ui-state-disabled', 'sc-busy');
                button.setAttribute('aria-busy', 'true');
                if (text) {
                    text.textContent = button.getAttribute('data-busy');
                }
                if (icon) {
                    icon.className = 'ui-button-icon-left ui-icon ui-c pi pi-spin pi-spinner';
                }
            }, 0);
        });
        // Back to a page the browser kept: its buttons work again.
        window.addEventListener('pageshow', function (event) {
            if (!event.persisted) {
                return;
            }
            document.querySelectorAll('.sc-busy').forEach(function (button) {
                var text = button.querySelector('.ui-button-text');
                var icon = button.querySelector('.ui-icon');
                button.disabled = false;
                button.classList.remove('ui-state-disabled', 'sc-busy');
                button.removeAttribute('aria-busy');
                if (text) {
                    text.textContent = button.getAttribute('data-idle-text');
                }
                if (icon) {
                    icon.className = button.getAttribute('data-idle-icon');
                }
            });
        });
    }

    mendAll();
    focusOnLoad();
    busyOnSubmit();
    // Widgets draw parts of themselves later (a date picker's button when it is set up, a menu after an Ajax update):
    // whatever is added to the page is mended once the browser is about to paint it.
    var pending = false;
    new MutationObserver(function () {
        if (!pending) {
            pending = true;
            window.requestAnimationFrame(function () {
                pending = false;
                mendAll();
            });
        }
    }).observe(document.body, {childList: true, subtree: true});
}());
