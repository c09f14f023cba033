package dev.usersapi.generated.model;

import jakarta.validation.constraints.*;
import jakarta.validation.Valid;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The sign-in lockout of a user from one IP address, under a lockout policy of &#x60;lockout_type: ip&#x60;. 
 **/

@JsonTypeName("BlockedIp")
@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaJAXRSSpecServerCodegen", comments = "Generator version: 7.25.0")
public class BlockedIp   {
  private String ip;
  private Integer failureCount;
  private Long blockUntil;
  private Long signInAttemptsCount;
  private Long lastSignInAttempt;
  private Long lastSignInSuccess;

  public BlockedIp() {
  }

  @JsonCreator
  public BlockedIp(
    @JsonProperty(required = true, value = "ip") String ip,
    @JsonProperty(required = true, value = "failure_count") Integer failureCount,
    @JsonProperty(required = true, value = "block_until") Long blockUntil,
    @JsonProperty(required = true, value = "sign_in_attempts_count") Long signInAttemptsCount,
    @JsonProperty(required = true, value = "last_sign_in_attempt") Long lastSignInAttempt,
    @JsonProperty(required = true, value = "last_sign_in_success") Long lastSignInSuccess
  ) {
    this.ip = ip;
    this.failureCount = failureCount;
    this.blockUntil = blockUntil;
    this.signInAttemptsCount = signInAttemptsCount;
    this.lastSignInAttempt = lastSignInAttempt;
    this.lastSignInSuccess = lastSignInSuccess;
  }

  /**
   * The IP address, IPv4 dotted or IPv6 in its RFC 5952 form.
   **/
  public BlockedIp ip(String ip) {
    this.ip = ip;
    return this;
  }

  
  @JsonProperty(required = true, value = "ip")
  @NotNull  @Size(max=45)public String getIp() {
    return ip;
  }

  @JsonProperty(required = true, value = "ip")
  public void setIp(String ip) {
    this.ip = ip;
  }

  /**
   * Consecutive failed sign-ins from this address since it was last reset.
   * minimum: 0
   **/
  public BlockedIp failureCount(Integer failureCount) {
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
   * Until when (epoch seconds) sign-ins from this address are blocked; null when no block was set. Blocked now while in the future. 
   **/
  public BlockedIp blockUntil(Long blockUntil) {
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
   * Sign-in attempts from this address, failed and successful.
   * minimum: 0
   **/
  public BlockedIp signInAttemptsCount(Long signInAttemptsCount) {
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
   * When (epoch seconds) the last sign-in attempt from this address was.
   **/
  public BlockedIp lastSignInAttempt(Long lastSignInAttempt) {
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
   * When (epoch seconds) the last successful sign-in from this address was; null if none.
   **/
  public BlockedIp lastSignInSuccess(Long lastSignInSuccess) {
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


  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass()) {
      return false;
    }
    BlockedIp blockedIp = (BlockedIp) o;
    return Objects.equals(this.ip, blockedIp.ip) &&
        Objects.equals(this.failureCount, blockedIp.failureCount) &&
        Objects.equals(this.blockUntil, blockedIp.blockUntil) &&
        Objects.equals(this.signInAttemptsCount, blockedIp.signInAttemptsCount) &&
        Objects.equals(this.lastSignInAttempt, blockedIp.lastSignInAttempt) &&
        Objects.equals(this.lastSignInSuccess, blockedIp.lastSignInSuccess);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ip, failureCount, blockUntil, signInAttemptsCount, lastSignInAttempt, lastSignInSuccess);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("class BlockedIp {\n");
    
    sb.append("    ip: ").append(toIndentedString(ip)).append("\n");
    sb.append("    failureCount: ").append(toIndentedString(failureCount)).append("\n");
    sb.append("    blockUntil: ").append(toIndentedString(blockUntil)).append("\n");
    sb.append("    signInAttemptsCount: ").append(toIndentedString(signInAttemptsCount)).append("\n");
    sb.append("    lastSignInAttempt: ").append(toIndentedString(lastSignInAttempt)).append("\n");
    sb.append("    lastSignInSuccess: ").append(toIndentedString(lastSignInSuccess)).append("\n");
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
