package dev.usersapi.generated.model;

import dev.usersapi.generated.model.Authenticator;
import dev.usersapi.generated.model.IdentityProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A phone number of the user.
 **/

@JsonTypeName("PhoneNumber")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class PhoneNumber   {
  private String id;
  private String phone;
  private Boolean primary;
  private Boolean verified;
  private String source;
  private String verificationSource;
  private @Valid List<Authenticator> authenticators = new ArrayList<>();
  private @Valid List<IdentityProvider> idps = new ArrayList<>();

  public PhoneNumber() {
  }

  @JsonCreator
  public PhoneNumber(
    @JsonProperty(required = true, value = "id") String id,
    @JsonProperty(required = true, value = "phone") String phone,
    @JsonProperty(required = true, value = "primary") Boolean primary,
    @JsonProperty(required = true, value = "verified") Boolean verified,
    @JsonProperty(required = true, value = "authenticators") List<Authenticator> authenticators,
    @JsonProperty(required = true, value = "idps") List<IdentityProvider> idps
  ) {
    this.id = id;
    this.phone = phone;
    this.primary = primary;
    this.verified = verified;
    this.authenticators = authenticators;
    this.idps = idps;
  }

  /**
   * The ID of this phone entry.
   **/
  public PhoneNumber id(String id) {
    this.id = id;
    return this;
  }

  
  @JsonProperty(required = true, value = "id")
  @NotNull public String getId() {
    return id;
  }

  @JsonProperty(required = true, value = "id")
  public void setId(String id) {
    this.id = id;
  }

  /**
   * The phone number in E.164 form.
   **/
  public PhoneNumber phone(String phone) {
    this.phone = phone;
    return this;
  }

  
  @JsonProperty(required = true, value = "phone")
  @NotNull public String getPhone() {
    return phone;
  }

  @JsonProperty(required = true, value = "phone")
  public void setPhone(String phone) {
    this.phone = phone;
  }

  /**
   * Whether this is the user&#39;s primary phone number.
   **/
  public PhoneNumber primary(Boolean primary) {
    this.primary = primary;
    return this;
  }

  
  @JsonProperty(required = true, value = "primary")
  @NotNull public Boolean getPrimary() {
    return primary;
  }

  @JsonProperty(required = true, value = "primary")
  public void setPrimary(Boolean primary) {
    this.primary = primary;
  }

  /**
   * Whether the user has proven they own the number.
   **/
  public PhoneNumber verified(Boolean verified) {
    this.verified = verified;
    return this;
  }

  
  @JsonProperty(required = true, value = "verified")
  @NotNull public Boolean getVerified() {
    return verified;
  }

  @JsonProperty(required = true, value = "verified")
  public void setVerified(Boolean verified) {
    this.verified = verified;
  }

  /**
   * Where the number came from, such as &#x60;user&#x60; or an identity provider; absent or null if not known.
   **/
  public PhoneNumber source(String source) {
    this.source = source;
    return this;
  }

  
  @JsonProperty("source")
  public String getSource() {
    return source;
  }

  @JsonProperty("source")
  public void setSource(String source) {
    this.source = source;
  }

  /**
   * What verified the number; absent or null if not known or not verified.
   **/
  public PhoneNumber verificationSource(String verificationSource) {
    this.verificationSource = verificationSource;
    return this;
  }

  
  @JsonProperty("verification_source")
  public String getVerificationSource() {
    return verificationSource;
  }

  @JsonProperty("verification_source")
  public void setVerificationSource(String verificationSource) {
    this.verificationSource = verificationSource;
  }

  /**
   * Ways of signing in that use this number.
   **/
  public PhoneNumber authenticators(List<Authenticator> authenticators) {
    this.authenticators = authenticators;
    return this;
  }

  
  @JsonProperty(required = true, value = "authenticators")
  @NotNull public List<Authenticator> getAuthenticators() {
    return authenticators;
  }

  @JsonProperty(required = true, value = "authenticators")
  public void setAuthenticators(List<Authenticator> authenticators) {
    this.authenticators = authenticators;
  }

  public PhoneNumber addAuthenticatorsItem(Authenticator authenticatorsItem) {
    if (this.authenticators == null) {
      this.authenticators = new ArrayList<>();
    }

    this.authenticators.add(authenticatorsItem);
    return this;
  }

  public PhoneNumber removeAuthenticatorsItem(Authenticator authenticatorsItem) {
    if (authenticatorsItem != null && this.authenticators != null) {
      this.authenticators.remove(authenticatorsItem);
    }

    return this;
  }
  /**
   * Identity providers that vouched for this number.
   **/
  public PhoneNumber idps(List<IdentityProvider> idps) {
    this.idps = idps;
    return this;
  }

  
  @JsonProperty(required = true, value = "idps")
  @NotNull public List<IdentityProvider> getIdps() {
    return idps;
  }

  @JsonProperty(required = true, value = "idps")
  public void setIdps(List<IdentityProvider> idps) {
    this.idps = idps;
  }

  public PhoneNumber addIdpsItem(IdentityProvider idpsItem) {
    if (this.idps == null) {
      this.idps = new ArrayList<>();
    }

    this.idps.add(idpsItem);
    return this;
  }

  public PhoneNumber removeIdpsItem(IdentityProvider idpsItem) {
    if (idpsItem != null && this.idps != null) {
      this.idps.remove(idpsItem);
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
    PhoneNumber phoneNumber = (PhoneNumber) o;
    return Objects.equals(this.id, phoneNumber.id) &&
        Objects.equals(this.phone, phoneNumber.phone) &&
        Objects.equals(this.primary, phoneNumber.primary) &&
        Objects.equals(this.verified, phoneNumber.verified) &&
        Objects.equals(this.source, phoneNumber.source) &&
        Objects.equals(this.verificationSource, phoneNumber.verificationSource) &&
        Objects.equals(this.authenticators, phoneNumber.authenticators) &&
        Objects.equals(this.idps, phoneNumber.idps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, phone, primary, verified, source, verificationSource, authenticators, idps);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class PhoneNumber {\n");
    
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    phone: ").append(toIndentedString(phone)).append("\n");
    sb.append("    primary: ").append(toIndentedString(primary)).append("\n");
    sb.append("    verified: ").append(toIndentedString(verified)).append("\n");
    sb.append("    source: ").append(toIndentedString(source)).append("\n");
    sb.append("    verificationSource: ").append(toIndentedString(verificationSource)).append("\n");
    sb.append("    authenticators: ").append(toIndentedString(authenticators)).append("\n");
    sb.append("    idps: ").append(toIndentedString(idps)).append("\n");
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
