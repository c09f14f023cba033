package dev.usersapi.generated.model;

import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An identity provider that can vouch for a user&#39;s details.
 */
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public enum IdentityProvider {
  
  MONOCLOUD("monocloud"),
  
  GOOGLE("google"),
  
  APPLE("apple"),
  
  FACEBOOK("facebook"),
  
  MICROSOFT("microsoft"),
  
  GITHUB("github"),
  
  GITLAB("gitlab"),
  
  DISCORD("discord"),
  
  TWITTER("twitter"),
  
  LINKEDIN("linkedin"),
  
  XERO("xero");

  private String value;

  IdentityProvider(String value) {
    this.value = value;
  }

    /**
     * Convert a String into String, as specified in the
     * <a href="https://download.oracle.com/otndocs/jcp/jaxrs-2_0-fr-eval-spec/index.html">See JAX RS 2.0 Specification, section 3.2, p. 12</a>
     */
    public static IdentityProvider fromString(String s) {
      for (IdentityProvider b : IdentityProvider.values()) {
        // using Objects.toString() to be safe if value type non-object type
        // because types like 'int' etc. will be auto-boxed
        if (java.util.Objects.toString(b.value).equals(s)) {
          return b;
        }
      }
      throw new IllegalArgumentException("Unexpected string value '" + s + "'");
    }

  @Override
  @JsonValue
  public String toString() {
    return String.valueOf(value);
  }

  @JsonCreator
  public static IdentityProvider fromValue(String value) {
    for (IdentityProvider b : IdentityProvider.values()) {
      if (b.value.equals(value)) {
        return b;
      }
    }
    throw new IllegalArgumentException("Unexpected value '" + value + "'");
  }
}


