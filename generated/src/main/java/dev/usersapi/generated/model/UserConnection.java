package dev.usersapi.generated.model;

import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A connection the user has signed in through.
 **/

@JsonTypeName("UserConnection")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class UserConnection   {
  private String idp;
  private String connectionId;

  public UserConnection() {
  }

  @JsonCreator
  public UserConnection(
    @JsonProperty(required = true, value = "idp") String idp,
    @JsonProperty(required = true, value = "connection_id") String connectionId
  ) {
    this.idp = idp;
    this.connectionId = connectionId;
  }

  /**
   * The identity provider of the connection, such as &#x60;google&#x60;.
   **/
  public UserConnection idp(String idp) {
    this.idp = idp;
    return this;
  }

  
  @JsonProperty(required = true, value = "idp")
  @NotNull public String getIdp() {
    return idp;
  }

  @JsonProperty(required = true, value = "idp")
  public void setIdp(String idp) {
    this.idp = idp;
  }

  /**
   * The ID of the connection.
   **/
  public UserConnection connectionId(String connectionId) {
    this.connectionId = connectionId;
    return this;
  }

  
  @JsonProperty(required = true, value = "connection_id")
  @NotNull public String getConnectionId() {
    return connectionId;
  }

  @JsonProperty(required = true, value = "connection_id")
  public void setConnectionId(String connectionId) {
    this.connectionId = connectionId;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UserConnection userConnection = (UserConnection) o;
    return Objects.equals(this.idp, userConnection.idp) &&
        Objects.equals(this.connectionId, userConnection.connectionId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(idp, connectionId);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class UserConnection {\n");
    
    sb.append("    idp: ").append(toIndentedString(idp)).append("\n");
    sb.append("    connectionId: ").append(toIndentedString(connectionId)).append("\n");
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
