package dev.usersapi.generated.model;

import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A WebAuthn passkey registered by the user.
 **/

@JsonTypeName("Passkey")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class Passkey   {
  private String passkeyId;
  private String name;
  private String publicKey;
  private String aaGuid;
  private Boolean backupState;
  private Boolean backupEligibility;
  private Boolean userPresent;
  private Boolean userVerified;
  private String userAgent;

  public Passkey() {
  }

  @JsonCreator
  public Passkey(
    @JsonProperty(required = true, value = "passkey_id") String passkeyId,
    @JsonProperty(required = true, value = "name") String name,
    @JsonProperty(required = true, value = "public_key") String publicKey,
    @JsonProperty(required = true, value = "aa_guid") String aaGuid,
    @JsonProperty(required = true, value = "backup_state") Boolean backupState,
    @JsonProperty(required = true, value = "backup_eligibility") Boolean backupEligibility,
    @JsonProperty(required = true, value = "user_present") Boolean userPresent,
    @JsonProperty(required = true, value = "user_verified") Boolean userVerified,
    @JsonProperty(required = true, value = "user_agent") String userAgent
  ) {
    this.passkeyId = passkeyId;
    this.name = name;
    this.publicKey = publicKey;
    this.aaGuid = aaGuid;
    this.backupState = backupState;
    this.backupEligibility = backupEligibility;
    this.userPresent = userPresent;
    this.userVerified = userVerified;
    this.userAgent = userAgent;
  }

  /**
   * The credential ID of the passkey.
   **/
  public Passkey passkeyId(String passkeyId) {
    this.passkeyId = passkeyId;
    return this;
  }

  
  @JsonProperty(required = true, value = "passkey_id")
  @NotNull public String getPasskeyId() {
    return passkeyId;
  }

  @JsonProperty(required = true, value = "passkey_id")
  public void setPasskeyId(String passkeyId) {
    this.passkeyId = passkeyId;
  }

  /**
   * A name the user gave the passkey; null if none.
   **/
  public Passkey name(String name) {
    this.name = name;
    return this;
  }

  
  @JsonProperty(required = true, value = "name")
  @NotNull public String getName() {
    return name;
  }

  @JsonProperty(required = true, value = "name")
  public void setName(String name) {
    this.name = name;
  }

  /**
   * The passkey&#39;s public key, base64-encoded.
   **/
  public Passkey publicKey(String publicKey) {
    this.publicKey = publicKey;
    return this;
  }

  
  @JsonProperty(required = true, value = "public_key")
  @NotNull public String getPublicKey() {
    return publicKey;
  }

  @JsonProperty(required = true, value = "public_key")
  public void setPublicKey(String publicKey) {
    this.publicKey = publicKey;
  }

  /**
   * The AAGUID of the authenticator model that created the passkey.
   **/
  public Passkey aaGuid(String aaGuid) {
    this.aaGuid = aaGuid;
    return this;
  }

  
  @JsonProperty(required = true, value = "aa_guid")
  @NotNull public String getAaGuid() {
    return aaGuid;
  }

  @JsonProperty(required = true, value = "aa_guid")
  public void setAaGuid(String aaGuid) {
    this.aaGuid = aaGuid;
  }

  /**
   * Whether the passkey is currently backed up (synced).
   **/
  public Passkey backupState(Boolean backupState) {
    this.backupState = backupState;
    return this;
  }

  
  @JsonProperty(required = true, value = "backup_state")
  @NotNull public Boolean getBackupState() {
    return backupState;
  }

  @JsonProperty(required = true, value = "backup_state")
  public void setBackupState(Boolean backupState) {
    this.backupState = backupState;
  }

  /**
   * Whether the passkey may be backed up.
   **/
  public Passkey backupEligibility(Boolean backupEligibility) {
    this.backupEligibility = backupEligibility;
    return this;
  }

  
  @JsonProperty(required = true, value = "backup_eligibility")
  @NotNull public Boolean getBackupEligibility() {
    return backupEligibility;
  }

  @JsonProperty(required = true, value = "backup_eligibility")
  public void setBackupEligibility(Boolean backupEligibility) {
    this.backupEligibility = backupEligibility;
  }

  /**
   * Whether the user was present when the passkey was registered.
   **/
  public Passkey userPresent(Boolean userPresent) {
    this.userPresent = userPresent;
    return this;
  }

  
  @JsonProperty(required = true, value = "user_present")
  @NotNull public Boolean getUserPresent() {
    return userPresent;
  }

  @JsonProperty(required = true, value = "user_present")
  public void setUserPresent(Boolean userPresent) {
    this.userPresent = userPresent;
  }

  /**
   * Whether the user was verified when the passkey was registered.
   **/
  public Passkey userVerified(Boolean userVerified) {
    this.userVerified = userVerified;
    return this;
  }

  
  @JsonProperty(required = true, value = "user_verified")
  @NotNull public Boolean getUserVerified() {
    return userVerified;
  }

  @JsonProperty(required = true, value = "user_verified")
  public void setUserVerified(Boolean userVerified) {
    this.userVerified = userVerified;
  }

  /**
   * The user agent of the browser that registered the passkey.
   **/
  public Passkey userAgent(String userAgent) {
    this.userAgent = userAgent;
    return this;
  }

  
  @JsonProperty(required = true, value = "user_agent")
  @NotNull public String getUserAgent() {
    return userAgent;
  }

  @JsonProperty(required = true, value = "user_agent")
  public void setUserAgent(String userAgent) {
    this.userAgent = userAgent;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    Passkey passkey = (Passkey) o;
    return Objects.equals(this.passkeyId, passkey.passkeyId) &&
        Objects.equals(this.name, passkey.name) &&
        Objects.equals(this.publicKey, passkey.publicKey) &&
        Objects.equals(this.aaGuid, passkey.aaGuid) &&
        Objects.equals(this.backupState, passkey.backupState) &&
        Objects.equals(this.backupEligibility, passkey.backupEligibility) &&
        Objects.equals(this.userPresent, passkey.userPresent) &&
        Objects.equals(this.userVerified, passkey.userVerified) &&
        Objects.equals(this.userAgent, passkey.userAgent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(passkeyId, name, publicKey, aaGuid, backupState, backupEligibility, userPresent, userVerified, userAgent);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Passkey {\n");
    
    sb.append("    passkeyId: ").append(toIndentedString(passkeyId)).append("\n");
    sb.append("    name: ").append(toIndentedString(name)).append("\n");
    sb.append("    publicKey: ").append(toIndentedString(publicKey)).append("\n");
    sb.append("    aaGuid: ").append(toIndentedString(aaGuid)).append("\n");
    sb.append("    backupState: ").append(toIndentedString(backupState)).append("\n");
    sb.append("    backupEligibility: ").append(toIndentedString(backupEligibility)).append("\n");
    sb.append("    userPresent: ").append(toIndentedString(userPresent)).append("\n");
    sb.append("    userVerified: ").append(toIndentedString(userVerified)).append("\n");
    sb.append("    userAgent: ").append(toIndentedString(userAgent)).append("\n");
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
