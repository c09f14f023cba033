package dev.usersapi.generated.model;

import dev.usersapi.generated.model.Authenticator;
import java.util.HashMap;
import java.util.Map;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An account at an external identity provider linked to the user.
 **/

@JsonTypeName("LinkedIdentity")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class LinkedIdentity   {
  private Authenticator authenticator;
  private String providerUserId;
  private @Valid Map<String, Object> claims = new HashMap<>();

  public LinkedIdentity() {
  }

  @JsonCreator
  public LinkedIdentity(
    @JsonProperty(required = true, value = "authenticator") Authenticator authenticator,
    @JsonProperty(required = true, value = "provider_user_id") String providerUserId,
    @JsonProperty(required = true, value = "claims") Map<String, Object> claims
  ) {
    this.authenticator = authenticator;
    this.providerUserId = providerUserId;
    this.claims = claims;
  }

  /**
   **/
  public LinkedIdentity authenticator(Authenticator authenticator) {
    this.authenticator = authenticator;
    return this;
  }

  
  @JsonProperty(required = true, value = "authenticator")
  @NotNull public Authenticator getAuthenticator() {
    return authenticator;
  }

  @JsonProperty(required = true, value = "authenticator")
  public void setAuthenticator(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  /**
   * The user&#39;s ID at that provider.
   **/
  public LinkedIdentity providerUserId(String providerUserId) {
    this.providerUserId = providerUserId;
    return this;
  }

  
  @JsonProperty(required = true, value = "provider_user_id")
  @NotNull public String getProviderUserId() {
    return providerUserId;
  }

  @JsonProperty(required = true, value = "provider_user_id")
  public void setProviderUserId(String providerUserId) {
    this.providerUserId = providerUserId;
  }

  /**
   * The claims that provider last returned for the user.
   **/
  public LinkedIdentity claims(Map<String, Object> claims) {
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

  public LinkedIdentity putClaimsItem(String key, Object claimsItem) {
    if (this.claims == null) {
      this.claims = new HashMap<>();
    }

    this.claims.put(key, claimsItem);
    return this;
  }

  public LinkedIdentity removeClaimsItem(String key) {
    if (this.claims != null) {
      this.claims.remove(key);
    }

    return this;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    LinkedIdentity linkedIdentity = (LinkedIdentity) o;
    return Objects.equals(this.authenticator, linkedIdentity.authenticator) &&
        Objects.equals(this.providerUserId, linkedIdentity.providerUserId) &&
        Objects.equals(this.claims, linkedIdentity.claims);
  }

  @Override
  public int hashCode() {
    return Objects.hash(authenticator, providerUserId, claims);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class LinkedIdentity {\n");
    
    sb.append("    authenticator: ").append(toIndentedString(authenticator)).append("\n");
    sb.append("    providerUserId: ").append(toIndentedString(providerUserId)).append("\n");
    sb.append("    claims: ").append(toIndentedString(claims)).append("\n");
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
