// Keyboard shortcuts of the staff console (queue and inquiry), listed in the dialog "?" opens; and the inquiry's
// conversation scrolled to its latest message so that the composer and what it answers are in view together.
(function () {
    'use strict';

    function typing(target) {
        return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function press(id) {
        var button = byId(id);
        if (button && button.offsetParent !== null) {
            button.click();
            return true;
        }
        return false;
    }

    function chooseMode(mode) {
        var radio = document.querySelector('#work\\:mode input[value="' + mode + '"]');
        if (radio) {
            radio.checked = true;
        }
        var text = byId('work:text');
        if (text) {
            text.focus();
        }
    }

    function scrollThread() {
        var thread = byId('work:thread');
        if (thread) {
            thread.scrollTop = thread.scrollHeight;
        }
    }

    // The queue's rows: j and k move between the inquiries' links, Enter opens the one in focus.
    function moveInQueue(step) {
        var links = Array.prototype.slice.call(document.querySelectorAll('.queue-subject'));
        if (links.length === 0) {
            return;
        }
        var at = links.indexOf(document.activeElement);
        var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
        links[next].focus();
    }

    document.addEventListener('keydown', function (event) {
        var help = byId('shortcut-help');
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.id === 'work:text') {
            event.preventDefault();
            var note = document.querySelector('#work\\:mode input[value="NOTE"]');
            if (!(note && note.checked && press('work:note'))) {
                press('work:reply') || press('work:note');
            }
            return;
        }
        if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || (help && help.open)) {
            return;
        }
        var handled = true;
        switch (event.key) {
            case '?':
                if (help) {
                    help.showModal();
                }
                break;
            case 'r':
                chooseMode('REPLY');
                break;
            case 'n':
                chooseMode('NOTE');
                break;
            case 'c':
                handled = press('work:claim');
                break;
            case 'j':
                if (byId('next-inquiry')) {
                    byId('next-inquiry').click();
                } else {
                    moveInQueue(1);
                }
                break;
            case 'k':
                moveInQueue(-1);
                break;
            default:
                handled = false;
        }
        if (handled) {
            event.preventDefault();
        }
    });

    document.addEventListener('click', function (event) {
        var opener = event.target.closest('[data-opens="shortcut-help"]');
        if (opener) {
            byId('shortcut-help').showModal();
        }
        if (event.target.closest('[data-closes="shortcut-help"]')) {
            byId('shortcut-help').close();
        }
    });

    // Scrolled again only when an update drew the conversation anew (the presence poll leaves it, and the reader's place).
    var shown = byId('work:thread');
    scrollThread();
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            if (byId('work:thread') !== shown) {
                shown = byId('work:thread');
                scrollThread();
            }
        });
    }
}());
