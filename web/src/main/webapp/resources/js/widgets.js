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
            button.className = 'ui-button ui-widget ui-state-default ui-corner-all ui-button-text-icon-left sc-file-choose';
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

    mend();
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', mend);
    }
}());
