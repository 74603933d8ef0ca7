package app.coulisse.security;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;

/** A person who can log in. The password is only ever stored as a BCrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends AuditedEntity {

    @NotBlank(message = "{user.username.required}")
    @Size(max = 60, message = "{user.username.too-long}")
    @Pattern(regexp = "[a-z0-9._-]*", message = "{user.username.pattern}")
    private String username;

    @NotBlank(message = "{user.display-name.required}")
    @Size(max = 120, message = "{user.display-name.too-long}")
    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @NotNull(message = "{user.role.required}")
    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean active = true;

    @Column(name = "password_reset_required")
    private boolean passwordResetRequired;

    /** Null until the user picks a language: until then the UI speaks the browser's (the login page's). */
    private String language;

    /** A typed username as it is stored and compared: trimmed, lower-case in every locale. */
    public static String username(String typed) {
        return typed == null ? "" : typed.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    /** True for an account deactivated because its password was published (a demo login): it needs a new one first. */
    public boolean isPasswordResetRequired() {
        return passwordResetRequired;
    }

    void setPasswordResetRequired(boolean passwordResetRequired) {
        this.passwordResetRequired = passwordResetRequired;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** The language the user picked, if they ever did. */
    public Optional<Locale> getLocale() {
        return Optional.ofNullable(language).map(Locale::forLanguageTag);
    }

    void setLocale(Locale locale) {
        this.language = locale.getLanguage();
    }
}
