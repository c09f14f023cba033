package dev.usersapi.generated.model;

import dev.usersapi.generated.model.Email;
import dev.usersapi.generated.model.LinkedIdentity;
import dev.usersapi.generated.model.Passkey;
import dev.usersapi.generated.model.PhoneNumber;
import dev.usersapi.generated.model.UserConnection;
import dev.usersapi.generated.model.Username;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A user account, with its profile, sign-in methods and lockout state.
 **/

@JsonTypeName("User")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class User   {
  private String userId;
  private Boolean disabled;
  private Long blockUntil;
  private Integer failureCount;
  private Boolean hasPassword;
  private Long passwordUpdatedAt;
  private Long creationTime;
  private Long lastUpdated;
  private @Valid Map<String, Object> claims = new HashMap<>();
  private @Valid Map<String, Object> publicData = new HashMap<>();
  private @Valid Map<String, Object> privateData = new HashMap<>();
  private @Valid List<@Valid Email> emails = new ArrayList<>();
  private @Valid List<@Valid PhoneNumber> phoneNumbers = new ArrayList<>();
  private Username username;
  private @Valid List<@Valid Passkey> passkeys = new ArrayList<>();
  private @Valid List<@Valid LinkedIdentity> idps = new ArrayList<>();
  private @Valid List<@Valid LinkedIdentity> externalProviders = new ArrayList<>();
  private @Valid List<@Valid UserConnection> connections = new ArrayList<>();
  private Boolean forcePasswordReset;
  private Long signInAttemptsCount;
  private Long lastSignInAttempt;
  private String lastSignInAttemptIp;
  private Long signInSuccessCount;
  private Long lastSignInSuccess;
  private String lastSignInSuccessIp;
  private Long lastActivity;
  private String lastKnownCity;
  private String lastKnownCountry;
  private String lastKnownRegion;

  public User() {
  }

  @JsonCreator
  public User(
    @JsonProperty(required = true, value = "user_id") String userId,
    @JsonProperty(required = true, value = "disabled") Boolean disabled,
    @JsonProperty(required = true, value = "block_until") Long blockUntil,
    @JsonProperty(required = true, value = "failure_count") Integer failureCount,
    @JsonProperty(required = true, value = "has_password") Boolean hasPassword,
    @JsonProperty(required = true, value = "password_updated_at") Long passwordUpdatedAt,
    @JsonProperty(required = true, value = "creation_time") Long creationTime,
    @JsonProperty(required = true, value = "last_updated") Long lastUpdated,
    @JsonProperty(required = true, value = "claims") Map<String, Object> claims,
    @JsonProperty(required = true, value = "public_data") Map<String, Object> publicData,
    @JsonProperty(required = true, value = "private_data") Map<String, Object> privateData,
    @JsonProperty(required = true, value = "emails") List<@Valid Email> emails,
    @JsonProperty(required = true, value = "phone_numbers") List<@Valid PhoneNumber> phoneNumbers,
    @JsonProperty(required = true, value = "username") Username username,
    @JsonProperty(required = true, value = "passkeys") List<@Valid Passkey> passkeys,
    @JsonProperty(required = true, value = "idps") List<@Valid LinkedIdentity> idps,
    @JsonProperty(required = true, value = "external_providers") List<@Valid LinkedIdentity> externalProviders,
    @JsonProperty(required = true, value = "connections") List<@Valid UserConnection> connections,
    @JsonProperty(required = true, value = "force_password_reset") Boolean forcePasswordReset,
    @JsonProperty(required = true, value = "sign_in_attempts_count") Long signInAttemptsCount,
    @JsonProperty(required = true, value = "last_sign_in_attempt") Long lastSignInAttempt,
    @JsonProperty(required = true, value = "last_sign_in_attempt_ip") String lastSignInAttemptIp,
    @JsonProperty(required = true, value = "sign_in_success_count") Long signInSuccessCount,
    @JsonProperty(required = true, value = "last_sign_in_success") Long lastSignInSuccess,
    @JsonProperty(required = true, value = "last_sign_in_success_ip") String lastSignInSuccessIp,
    @JsonProperty(required = true, value = "last_activity") Long lastActivity,
    @JsonProperty(required = true, value = "last_known_city") String lastKnownCity,
    @JsonProperty(required = true, value = "last_known_country") String lastKnownCountry,
    @JsonProperty(required = true, value = "last_known_region") String lastKnownRegion
  ) {
    this.userId = userId;
    this.disabled = disabled;
    this.blockUntil = blockUntil;
    this.failureCount = failureCount;
    this.hasPassword = hasPassword;
    this.passwordUpdatedAt = passwordUpdatedAt;
    this.creationTime = creationTime;
    this.lastUpdated = lastUpdated;
    this.claims = claims;
    this.publicData = publicData;
    this.privateData = privateData;
    this.emails = emails;
    this.phoneNumbers = phoneNumbers;
    this.username = username;
    this.passkeys = passkeys;
    this.idps = idps;
    this.externalProviders = externalProviders;
    this.connections = connections;
    this.forcePasswordReset = forcePasswordReset;
    this.signInAttemptsCount = signInAttemptsCount;
    this.lastSignInAttempt = lastSignInAttempt;
    this.lastSignInAttemptIp = lastSignInAttemptIp;
    this.signInSuccessCount = signInSuccessCount;
    this.lastSignInSuccess = lastSignInSuccess;
    this.lastSignInSuccessIp = lastSignInSuccessIp;
    this.lastActivity = lastActivity;
    this.lastKnownCity = lastKnownCity;
    this.lastKnownCountry = lastKnownCountry;
    this.lastKnownRegion = lastKnownRegion;
  }

  /**
   * The user&#39;s unique ID.
   **/
  public User userId(String userId) {
    this.userId = userId;
    return this;
  }

  
  @JsonProperty(required = true, value = "user_id")
  @NotNull public String getUserId() {
    return userId;
  }

  @JsonProperty(required = true, value = "user_id")
  public void setUserId(String userId) {
    this.userId = userId;
  }

  /**
   * Whether an administrator has disabled the account. Independent of the lockout: unblocking never changes it. 
   **/
  public User disabled(Boolean disabled) {
    this.disabled = disabled;
    return this;
  }

  
  @JsonProperty(required = true, value = "disabled")
  @NotNull public Boolean getDisabled() {
    return disabled;
  }

  @JsonProperty(required = true, value = "disabled")
  public void setDisabled(Boolean disabled) {
    this.disabled = disabled;
  }

  /**
   * While this time (epoch seconds) is in the future, sign-in is blocked because of too many failed attempts. Null when the user is not blocked. 
   **/
  public User blockUntil(Long blockUntil) {
    this.blockUntil = blockUntil;
    return this;
  }

  
  @JsonProperty(required = true, value = "block_until")
  @NotNull public Long getBlockUntil() {
    return blockUntil;
  }

  @JsonProperty(required = true, value = "block_until")
  public void setBlockUntil(Long blockUntil) {
    this.blockUntil = blockUntil;
  }

  /**
   * Consecutive failed sign-in attempts since the last successful one.
   * minimum: 0
   **/
  public User failureCount(Integer failureCount) {
    this.failureCount = failureCount;
    return this;
  }

  
  @JsonProperty(required = true, value = "failure_count")
  @NotNull  @Min(0)public Integer getFailureCount() {
    return failureCount;
  }

  @JsonProperty(required = true, value = "failure_count")
  public void setFailureCount(Integer failureCount) {
    this.failureCount = failureCount;
  }

  /**
   * Whether the user has set a password.
   **/
  public User hasPassword(Boolean hasPassword) {
    this.hasPassword = hasPassword;
    return this;
  }

  
  @JsonProperty(required = true, value = "has_password")
  @NotNull public Boolean getHasPassword() {
    return hasPassword;
  }

  @JsonProperty(required = true, value = "has_password")
  public void setHasPassword(Boolean hasPassword) {
    this.hasPassword = hasPassword;
  }

  /**
   * When the password was last set (epoch seconds); null if never.
   **/
  public User passwordUpdatedAt(Long passwordUpdatedAt) {
    this.passwordUpdatedAt = passwordUpdatedAt;
    return this;
  }

  
  @JsonProperty(required = true, value = "password_updated_at")
  @NotNull public Long getPasswordUpdatedAt() {
    return passwordUpdatedAt;
  }

  @JsonProperty(required = true, value = "password_updated_at")
  public void setPasswordUpdatedAt(Long passwordUpdatedAt) {
    this.passwordUpdatedAt = passwordUpdatedAt;
  }

  /**
   * When the account was created (epoch seconds).
   **/
  public User creationTime(Long creationTime) {
    this.creationTime = creationTime;
    return this;
  }

  
  @JsonProperty(required = true, value = "creation_time")
  @NotNull public Long getCreationTime() {
    return creationTime;
  }

  @JsonProperty(required = true, value = "creation_time")
  public void setCreationTime(Long creationTime) {
    this.creationTime = creationTime;
  }

  /**
   * When the account last changed (epoch seconds).
   **/
  public User lastUpdated(Long lastUpdated) {
    this.lastUpdated = lastUpdated;
    return this;
  }

  
  @JsonProperty(required = true, value = "last_updated")
  @NotNull public Long getLastUpdated() {
    return lastUpdated;
  }

  @JsonProperty(required = true, value = "last_updated")
  public void setLastUpdated(Long lastUpdated) {
    this.lastUpdated = lastUpdated;
  }

  /**
   * Identity claims of the user, such as &#x60;name&#x60; or &#x60;given_name&#x60;.
   **/
  public User claims(Map<String, Object> claims) {
    this.claims = claims;
    return this;
  }

  
  @JsonProperty(required = true, value = "claims")
  @NotNull public Map<String, Object> getClaims() {
    return claims;
  }

  @JsonProperty(required = true, value = "claims")
  public void setClaims(Map<String, Object> claims) {
    this.claims = claims;
  }

  public User putClaimsItem(String key, Object claimsItem) {
    if (this.claims == null) {
      this.claims = new HashMap<>();
    }

    this.claims.put(key, claimsItem);
    return this;
  }

  public User removeClaimsItem(String key) {
    if (this.claims != null) {
      this.claims.remove(key);
    }

    return this;
  }
  /**
   * Free-form data that the user&#39;s own applications may read.
   **/
  public User publicData(Map<String, Object> publicData) {
    this.publicData = publicData;
    return this;
  }

  
  @JsonProperty(required = true, value = "public_data")
  @NotNull public Map<String, Object> getPublicData() {
    return publicData;
  }

  @JsonProperty(required = true, value = "public_data")
  public void setPublicData(Map<String, Object> publicData) {
    this.publicData = publicData;
  }

  public User putPublicDataItem(String key, Object publicDataItem) {
    if (this.publicData == null) {
      this.publicData = new HashMap<>();
    }

    this.publicData.put(key, publicDataItem);
    return this;
  }

  public User removePublicDataItem(String key) {
    if (this.publicData != null) {
      this.publicData.remove(key);
    }

    return this;
  }
  /**
   * Free-form data visible only through the management API.
   **/
  public User privateData(Map<String, Object> privateData) {
    this.privateData = privateData;
    return this;
  }

  
  @JsonProperty(required = true, value = "private_data")
  @NotNull public Map<String, Object> getPrivateData() {
    return privateData;
  }

  @JsonProperty(required = true, value = "private_data")
  public void setPrivateData(Map<String, Object> privateData) {
    this.privateData = privateData;
  }

  public User putPrivateDataItem(String key, Object privateDataItem) {
    if (this.privateData == null) {
      this.privateData = new HashMap<>();
    }

    this.privateData.put(key, privateDataItem);
    return this;
  }

  public User removePrivateDataItem(String key) {
    if (this.privateData != null) {
      this.privateData.remove(key);
    }

    return this;
  }
  /**
   * The user&#39;s email addresses.
   **/
  public User emails(List<@Valid Email> emails) {
    this.emails = emails;
    return this;
  }

  
  @JsonProperty(required = true, value = "emails")
  @NotNull @Valid public List<@Valid Email> getEmails() {
    return emails;
  }

  @JsonProperty(required = true, value = "emails")
  public void setEmails(List<@Valid Email> emails) {
    this.emails = emails;
  }

  public User addEmailsItem(Email emailsItem) {
    if (this.emails == null) {
      this.emails = new ArrayList<>();
    }

    this.emails.add(emailsItem);
    return this;
  }

  public User removeEmailsItem(Email emailsItem) {
    if (emailsItem != null && this.emails != null) {
      this.emails.remove(emailsItem);
    }

    return this;
  }
  /**
   * The user&#39;s phone numbers.
   **/
  public User phoneNumbers(List<@Valid PhoneNumber> phoneNumbers) {
    this.phoneNumbers = phoneNumbers;
    return this;
  }

  
  @JsonProperty(required = true, value = "phone_numbers")
  @NotNull @Valid public List<@Valid PhoneNumber> getPhoneNumbers() {
    return phoneNumbers;
  }

  @JsonProperty(required = true, value = "phone_numbers")
  public void setPhoneNumbers(List<@Valid PhoneNumber> phoneNumbers) {
    this.phoneNumbers = phoneNumbers;
  }

  public User addPhoneNumbersItem(PhoneNumber phoneNumbersItem) {
    if (this.phoneNumbers == null) {
      this.phoneNumbers = new ArrayList<>();
    }

    this.phoneNumbers.add(phoneNumbersItem);
    return this;
  }

  public User removePhoneNumbersItem(PhoneNumber phoneNumbersItem) {
    if (phoneNumbersItem != null && this.phoneNumbers != null) {
      this.phoneNumbers.remove(phoneNumbersItem);
    }

    return this;
  }
  /**
   **/
  public User username(Username username) {
    this.username = username;
    return this;
  }

  
  @JsonProperty(required = true, value = "username")
  @NotNull @Valid public Username getUsername() {
    return username;
  }

  @JsonProperty(required = true, value = "username")
  public void setUsername(Username username) {
    this.username = username;
  }

  /**
   * The passkeys the user has registered.
   **/
  public User passkeys(List<@Valid Passkey> passkeys) {
    this.passkeys = passkeys;
    return this;
  }

  
  @JsonProperty(required = true, value = "passkeys")
  @NotNull @Valid public List<@Valid Passkey> getPasskeys() {
    return passkeys;
  }

  @JsonProperty(required = true, value = "passkeys")
  public void setPasskeys(List<@Valid Passkey> passkeys) {
    this.passkeys = passkeys;
  }

  public User addPasskeysItem(Passkey passkeysItem) {
    if (this.passkeys == null) {
      this.passkeys = new ArrayList<>();
    }

    this.passkeys.add(passkeysItem);
    return this;
  }

  public User removePasskeysItem(Passkey passkeysItem) {
    if (passkeysItem != null && this.passkeys != null) {
      this.passkeys.remove(passkeysItem);
    }

    return this;
  }
  /**
   * Accounts at external identity providers linked to the user: the same list as &#x60;external_providers&#x60;, under the name the API&#39;s first clients read. 
   **/
  public User idps(List<@Valid LinkedIdentity> idps) {
    this.idps = idps;
    return this;
  }

  
  @JsonProperty(required = true, value = "idps")
  @NotNull @Valid public List<@Valid LinkedIdentity> getIdps() {
    return idps;
  }

  @JsonProperty(required = true, value = "idps")
  public void setIdps(List<@Valid LinkedIdentity> idps) {
    this.idps = idps;
  }

  public User addIdpsItem(LinkedIdentity idpsItem) {
    if (this.idps == null) {
      this.idps = new ArrayList<>();
    }

    this.idps.add(idpsItem);
    return this;
  }

  public User removeIdpsItem(LinkedIdentity idpsItem) {
    if (idpsItem != null && this.idps != null) {
      this.idps.remove(idpsItem);
    }

    return this;
  }
  /**
   * Accounts at external identity providers linked to the user.
   **/
  public User externalProviders(List<@Valid LinkedIdentity> externalProviders) {
    this.externalProviders = externalProviders;
    return this;
  }

  
  @JsonProperty(required = true, value = "external_providers")
  @NotNull @Valid public List<@Valid LinkedIdentity> getExternalProviders() {
    return externalProviders;
  }

  @JsonProperty(required = true, value = "external_providers")
  public void setExternalProviders(List<@Valid LinkedIdentity> externalProviders) {
    this.externalProviders = externalProviders;
  }

  public User addExternalProvidersItem(LinkedIdentity externalProvidersItem) {
    if (this.externalProviders == null) {
      this.externalProviders = new ArrayList<>();
    }

    this.externalProviders.add(externalProvidersItem);
    return this;
  }

  public User removeExternalProvidersItem(LinkedIdentity externalProvidersItem) {
    if (externalProvidersItem != null && this.externalProviders != null) {
      this.externalProviders.remove(externalProvidersItem);
    }

    return this;
  }
  /**
   * The connections (identity provider configurations) the user has signed in through.
   **/
  public User connections(List<@Valid UserConnection> connections) {
    this.connections = connections;
    return this;
  }

  
  @JsonProperty(required = true, value = "connections")
  @NotNull @Valid public List<@Valid UserConnection> getConnections() {
    return connections;
  }

  @JsonProperty(required = true, value = "connections")
  public void setConnections(List<@Valid UserConnection> connections) {
    this.connections = connections;
  }

  public User addConnectionsItem(UserConnection connectionsItem) {
    if (this.connections == null) {
      this.connections = new ArrayList<>();
    }

    this.connections.add(connectionsItem);
    return this;
  }

  public User removeConnectionsItem(UserConnection connectionsItem) {
    if (connectionsItem != null && this.connections != null) {
      this.connections.remove(connectionsItem);
    }

    return this;
  }
  /**
   * Whether the user must set a new password at their next sign-in.
   **/
  public User forcePasswordReset(Boolean forcePasswordReset) {
    this.forcePasswordReset = forcePasswordReset;
    return this;
  }

  
  @JsonProperty(required = true, value = "force_password_reset")
  @NotNull public Boolean getForcePasswordReset() {
    return forcePasswordReset;
  }

  @JsonProperty(required = true, value = "force_password_reset")
  public void setForcePasswordReset(Boolean forcePasswordReset) {
    this.forcePasswordReset = forcePasswordReset;
  }

  /**
   * Sign-in attempts of the user, failed and successful.
   * minimum: 0
   **/
  public User signInAttemptsCount(Long signInAttemptsCount) {
    this.signInAttemptsCount = signInAttemptsCount;
    return this;
  }

  
  @JsonProperty(required = true, value = "sign_in_attempts_count")
  @NotNull  @Min(0L)public Long getSignInAttemptsCount() {
    return signInAttemptsCount;
  }

  @JsonProperty(required = true, value = "sign_in_attempts_count")
  public void setSignInAttemptsCount(Long signInAttemptsCount) {
    this.signInAttemptsCount = signInAttemptsCount;
  }

  /**
   * When the user last tried to sign in (epoch seconds); null if never.
   **/
  public User lastSignInAttempt(Long lastSignInAttempt) {
    this.lastSignInAttempt = lastSignInAttempt;
    return this;
  }

  
  @JsonProperty(required = true, value = "last_sign_in_attempt")
  @NotNull public Long getLastSignInAttempt() {
    return lastSignInAttempt;
  }

  @JsonProperty(required = true, value = "last_sign_in_attempt")
  public void setLastSignInAttempt(Long lastSignInAttempt) {
    this.lastSignInAttempt = lastSignInAttempt;
  }

  /**
   * The IP address of the last sign-in attempt; null if never or not known.
   **/
  public User lastSignInAttemptIp(String lastSignInAttemptIp) {
    this.lastSignInAttemptIp = lastSignInAttemptIp;
    return this;
  }

  
  @JsonProperty(required = true, value = "last_sign_in_attempt_ip")
  @NotNull public String getLastSignInAttemptIp() {
    return lastSignInAttemptIp;
  }

  @JsonProperty(required = true, value = "last_sign_in_attempt_ip")
  public void setLastSignInAttemptIp(String lastSignInAttemptIp) {
    this.lastSignInAttemptIp = lastSignInAttemptIp;
  }

  /**
   * Successful sign-ins of the user.
   * minimum: 0
   **/
  public User signInSuccessCount(Long signInSuccessCount) {
    this.signInSuccessCount = signInSuccessCount;
    return this;
  }

  
  @JsonProperty(required = true, value = "sign_in_success_count")
  @NotNull  @Min(0L)public Long getSignInSuccessCount() {
    return signInSuccessCount;
  }

  @JsonProperty(required = true, value = "sign_in_success_count")
  public void setSignInSuccessCount(Long signInSuccessCount) {
    this.signInSuccessCount = signInSuccessCount;
  }

  /**
   * When the user last signed in successfully (epoch seconds); null if never.
   **/
  public User lastSignInSuccess(Long lastSignInSuccess) {
    this.lastSignInSuccess = lastSignInSuccess;
    return this;
  }

  
  @JsonProperty(required = true, value = "last_sign_in_success")
  @NotNull public Long getLastSignInSuccess() {
    return lastSignInSuccess;
  }

  @JsonProperty(required = true, value = "last_sign_in_success")
  public void setLastSignInSuccess(Long lastSignInSuccess) {
    this.lastSignInSuccess = lastSignInSuccess;
  }

  /**
   * The IP address of the last successful sign-in; null if never or not known.
   **/
  public User lastSignInSuccessIp(String lastSignInSuccessIp) {
    this.lastSignInSuccessIp = lastSignInSuccessIp;
    return this;
  }

  
  @JsonProperty(required = true, value = "last_sign_in_success_ip")
  @NotNull public String getLastSignInSuccessIp() {
    return lastSignInSuccessIp;
  }

  @JsonProperty(required = true, value = "last_sign_in_success_ip")
  public void setLastSignInSuccessIp(String lastSignInSuccessIp) {
    this.lastSignInSuccessIp = lastSignInSuccessIp;
  }

  /**
   * When the user was last active (epoch seconds); null if never.
   **/
  public User lastActivity(Long lastActivity) {
    this.lastActivity = lastActivity;
    return this;
  }

  
  @JsonProperty(required = true, value = "last_activity")
  @NotNull public Long getLastActivity() {
    return lastActivity;
  }

  @JsonProperty(required = true, value = "last_activity")
  public void setLastActivity(Long lastActivity) {
    this.lastActivity = lastActivity;
  }

  /**
   * The city the user was last seen in; null if not known.
   **/
  public User lastKnownCity(String lastKnownCity) {
    this.lastKnownCity = lastKnownCity;
    return this;
  }

  
  @JsonProperty(required = true, value = "last_known_city")
  @NotNull public String getLastKnownCity() {
    return lastKnownCity;
  }

  @JsonProperty(required = true, value = "last_known_city")
  public void setLastKnownCity(String lastKnownCity) {
    this.lastKnownCity = lastKnownCity;
  }

  /**
   * The country the user was last seen in; null if not known.
   **/
  public User lastKnownCountry(String lastKnownCountry) {
    this.lastKnownCountry = lastKnownCountry;
    return this;
  }

  
  @JsonProperty(required = true, value = "last_known_country")
  @NotNull public String getLastKnownCountry() {
    return lastKnownCountry;
  }

  @JsonProperty(required = true, value = "last_known_country")
  public void setLastKnownCountry(String lastKnownCountry) {
    this.lastKnownCountry = lastKnownCountry;
  }

  /**
   * The region the user was last seen in; null if not known.
   **/
  public User lastKnownRegion(String lastKnownRegion) {
    this.lastKnownRegion = lastKnownRegion;
    return this;
  }

  
  @JsonProperty(required = true, value = "last_known_region")
  @NotNull public String getLastKnownRegion() {
    return lastKnownRegion;
  }

  @JsonProperty(required = true, value = "last_known_region")
  public void setLastKnownRegion(String lastKnownRegion) {
    this.lastKnownRegion = lastKnownRegion;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    User user = (User) o;
    return Objects.equals(this.userId, user.userId) &&
        Objects.equals(this.disabled, user.disabled) &&
        Objects.equals(this.blockUntil, user.blockUntil) &&
        Objects.equals(this.failureCount, user.failureCount) &&
        Objects.equals(this.hasPassword, user.hasPassword) &&
        Objects.equals(this.passwordUpdatedAt, user.passwordUpdatedAt) &&
        Objects.equals(this.creationTime, user.creationTime) &&
        Objects.equals(this.lastUpdated, user.lastUpdated) &&
        Objects.equals(this.claims, user.claims) &&
        Objects.equals(this.publicData, user.publicData) &&
        Objects.equals(this.privateData, user.privateData) &&
        Objects.equals(this.emails, user.emails) &&
        Objects.equals(this.phoneNumbers, user.phoneNumbers) &&
        Objects.equals(this.username, user.username) &&
        Objects.equals(this.passkeys, user.passkeys) &&
        Objects.equals(this.idps, user.idps) &&
        Objects.equals(this.externalProviders, user.externalProviders) &&
        Objects.equals(this.connections, user.connections) &&
        Objects.equals(this.forcePasswordReset, user.forcePasswordReset) &&
        Objects.equals(this.signInAttemptsCount, user.signInAttemptsCount) &&
        Objects.equals(this.lastSignInAttempt, user.lastSignInAttempt) &&
        Objects.equals(this.lastSignInAttemptIp, user.lastSignInAttemptIp) &&
        Objects.equals(this.signInSuccessCount, user.signInSuccessCount) &&
        Objects.equals(this.lastSignInSuccess, user.lastSignInSuccess) &&
        Objects.equals(this.lastSignInSuccessIp, user.lastSignInSuccessIp) &&
        Objects.equals(this.lastActivity, user.lastActivity) &&
        Objects.equals(this.lastKnownCity, user.lastKnownCity) &&
        Objects.equals(this.lastKnownCountry, user.lastKnownCountry) &&
        Objects.equals(this.lastKnownRegion, user.lastKnownRegion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, disabled, blockUntil, failureCount, hasPassword, passwordUpdatedAt, creationTime, lastUpdated, claims, publicData, privateData, emails, phoneNumbers, username, passkeys, idps, externalProviders, connections, forcePasswordReset, signInAttemptsCount, lastSignInAttempt, lastSignInAttemptIp, signInSuccessCount, lastSignInSuccess, lastSignInSuccessIp, lastActivity, lastKnownCity, lastKnownCountry, lastKnownRegion);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class User {\n");
    
    sb.append("    userId: ").append(toIndentedString(userId)).append("\n");
    sb.append("    disabled: ").append(toIndentedString(disabled)).append("\n");
    sb.append("    blockUntil: ").append(toIndentedString(blockUntil)).append("\n");
    sb.append("    failureCount: ").append(toIndentedString(failureCount)).append("\n");
    sb.append("    hasPassword: ").append(toIndentedString(hasPassword)).append("\n");
    sb.append("    passwordUpdatedAt: ").append(toIndentedString(passwordUpdatedAt)).append("\n");
    sb.append("    creationTime: ").append(toIndentedString(creationTime)).append("\n");
    sb.append("    lastUpdated: ").append(toIndentedString(lastUpdated)).append("\n");
    sb.append("    claims: ").append(toIndentedString(claims)).append("\n");
    sb.append("    publicData: ").append(toIndentedString(publicData)).append("\n");
    sb.append("    privateData: ").append(toIndentedString(privateData)).append("\n");
    sb.append("    emails: ").append(toIndentedString(emails)).append("\n");
    sb.append("    phoneNumbers: ").append(toIndentedString(phoneNumbers)).append("\n");
    sb.append("    username: ").append(toIndentedString(username)).append("\n");
    sb.append("    passkeys: ").append(toIndentedString(passkeys)).append("\n");
    sb.append("    idps: ").append(toIndentedString(idps)).append("\n");
    sb.append("    externalProviders: ").append(toIndentedString(externalProviders)).append("\n");
    sb.append("    connections: ").append(toIndentedString(connections)).append("\n");
    sb.append("    forcePasswordReset: ").append(toIndentedString(forcePasswordReset)).append("\n");
    sb.append("    signInAttemptsCount: ").append(toIndentedString(signInAttemptsCount)).append("\n");
    sb.append("    lastSignInAttempt: ").append(toIndentedString(lastSignInAttempt)).append("\n");
    sb.append("    lastSignInAttemptIp: ").append(toIndentedString(lastSignInAttemptIp)).append("\n");
    sb.append("    signInSuccessCount: ").append(toIndentedString(signInSuccessCount)).append("\n");
    sb.append("    lastSignInSuccess: ").append(toIndentedString(lastSignInSuccess)).append("\n");
    sb.append("    lastSignInSuccessIp: ").append(toIndentedString(lastSignInSuccessIp)).append("\n");
    sb.append("    lastActivity: ").append(toIndentedString(lastActivity)).append("\n");
    sb.append("    lastKnownCity: ").append(toIndentedString(lastKnownCity)).append("\n");
    sb.append("    lastKnownCountry: ").append(toIndentedString(lastKnownCountry)).append("\n");
    sb.append("    lastKnownRegion: ").append(toIndentedString(lastKnownRegion)).append("\n");
    sb.append("}");
    return sb.toString();
  }

  /**
   * Convert the given object to string with each line indented by 4 spaces
   * (except the first line).
   */
  private String toIndentedString(Object o) {
    return o == null ? "null" : o.toString().replace("\n", "\n    ");
  }


}
