// The new account cannot log in without a session cookie: say so at once, before the form is filled in.
(function () {
    'use strict';
    var notice = document.getElementById('cookies-blocked');
    if (!notice) {
        return;
    }
    var accepted = navigator.cookieEnabled;
    if (accepted) {
        document.cookie = 'sc-cookie-check=1; path=/; SameSite=Lax';
        accepted = document.cookie.indexOf('sc-cookie-check=1') !== -1;
        document.cookie = 'sc-cookie-check=; path=/; max-age=0; SameSite=Lax';
    }
    if (!accepted) {
        notice.hidden = false;
    }
    var insecure = document.getElementById('insecure-origin');
    if (insecure && window.isSecureContext === false) {
        insecure.hidden = false;
    }
}());
