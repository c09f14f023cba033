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
 * The username of the user; null where a user has none.
 **/

@JsonTypeName("Username")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class Username   {
  private String id;
  private String username;
  private String source;
  private @Valid List<Authenticator> authenticators = new ArrayList<>();
  private @Valid List<IdentityProvider> idps = new ArrayList<>();

  public Username() {
  }

  @JsonCreator
  public Username(
    @JsonProperty(required = true, value = "id") String id,
    @JsonProperty(required = true, value = "username") String username,
    @JsonProperty(required = true, value = "authenticators") List<Authenticator> authenticators,
    @JsonProperty(required = true, value = "idps") List<IdentityProvider> idps
  ) {
    this.id = id;
    this.username = username;
    this.authenticators = authenticators;
    this.idps = idps;
  }

  /**
   * The ID of this username entry.
   **/
  public Username id(String id) {
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
   * The username.
   **/
  public Username username(String username) {
    this.username = username;
    return this;
  }

  
  @JsonProperty(required = true, value = "username")
  @NotNull public String getUsername() {
    return username;
  }

  @JsonProperty(required = true, value = "username")
  public void setUsername(String username) {
    this.username = username;
  }

  /**
   * Where the username came from; absent or null if not known.
   **/
  public Username source(String source) {
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
   * Ways of signing in that use this username.
   **/
  public Username authenticators(List<Authenticator> authenticators) {
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

  public Username addAuthenticatorsItem(Authenticator authenticatorsItem) {
    if (this.authenticators == null) {
      this.authenticators = new ArrayList<>();
    }

    this.authenticators.add(authenticatorsItem);
    return this;
  }

  public Username removeAuthenticatorsItem(Authenticator authenticatorsItem) {
    if (authenticatorsItem != null && this.authenticators != null) {
      this.authenticators.remove(authenticatorsItem);
    }

    return this;
  }
  /**
   * Identity providers that supplied this username.
   **/
  public Username idps(List<IdentityProvider> idps) {
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

  public Username addIdpsItem(IdentityProvider idpsItem) {
    if (this.idps == null) {
      this.idps = new ArrayList<>();
    }

    this.idps.add(idpsItem);
    return this;
  }

  public Username removeIdpsItem(IdentityProvider idpsItem) {
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
    Username username = (Username) o;
    return Objects.equals(this.id, username.id) &&
        Objects.equals(this.username, username.username) &&
        Objects.equals(this.source, username.source) &&
        Objects.equals(this.authenticators, username.authenticators) &&
        Objects.equals(this.idps, username.idps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, username, source, authenticators, idps);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class Username {\n");
    
    sb.append("    id: ").append(toIndentedString(id)).append("\n");
    sb.append("    username: ").append(toIndentedString(username)).append("\n");
    sb.append("    source: ").append(toIndentedString(source)).append("\n");
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
