package io.supportcenter.domain.signup;

/**
 * What a visitor typed on the sign-up form, as typed. The password is held only until it is hashed.
 */
public record SignUpForm(String company, String website, String name, String email, String password, String confirmation,
                         boolean termsAccepted) {

    @Override
    public String toString() {
        return "SignUpForm[company=" + company + ", website=" + website + ", name=" + name + ", email=" + email + "]";
    }
}
