package dev.usersapi.generated.model;

import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Which IP address of the user to reset.
 **/

@JsonTypeName("UnblockIpRequest")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class UnblockIpRequest   {
  private String ipAddress;

  public UnblockIpRequest() {
  }

  @JsonCreator
  public UnblockIpRequest(
    @JsonProperty(required = true, value = "ip_address") String ipAddress
  ) {
    this.ipAddress = ipAddress;
  }

  /**
   * An IPv4 address (dotted decimal, as &#x60;203.0.113.7&#x60;) or an IPv6 address (as &#x60;2001:db8::7&#x60;, without a zone), or &#x60;all&#x60; for every address of the user. An IPv6 address is compared in its RFC 5952 form, so every spelling of it means the same record, and an IPv4-mapped IPv6 address means the IPv4 address. Anything else is answered with 422. 
   **/
  public UnblockIpRequest ipAddress(String ipAddress) {
    this.ipAddress = ipAddress;
    return this;
  }

  
  @JsonProperty(required = true, value = "ip_address")
  @NotNull  @Size(min=1,max=45)public String getIpAddress() {
    return ipAddress;
  }

  @JsonProperty(required = true, value = "ip_address")
  public void setIpAddress(String ipAddress) {
    this.ipAddress = ipAddress;
  }


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    UnblockIpRequest unblockIpRequest = (UnblockIpRequest) o;
    return Objects.equals(this.ipAddress, unblockIpRequest.ipAddress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ipAddress);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class UnblockIpRequest {\n");
    
    sb.append("    ipAddress: ").append(toIndentedString(ipAddress)).append("\n");
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
