package dev.usersapi.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The server's side of TLS: its private key and certificate chain, read from a PKCS12 keystore,
 * ready to serve. Clients are not asked for certificates.
 *
 * @param keystore the file the key came from, for messages
 * @param sslContext a server context holding the key
 * @param certificate the certificate the server presents (the first key entry's)
 */
public record TlsSettings(Path keystore, SSLContext sslContext, X509Certificate certificate) {

    /** The protocols the server accepts: nothing older than TLS 1.2. */
    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    public TlsSettings {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(sslContext, "sslContext");
        Objects.requireNonNull(certificate, "certificate");
    }

    /**
     * Reads a PKCS12 keystore whose private key is protected by the keystore's password (as
     * {@code keytool} and {@code openssl pkcs12} make them).
     *
     * @throws UnusableKeystoreException with a one-line reason when the file cannot be used
     */
    public static TlsSettings fromPkcs12(Path keystore, char[] password) throws UnusableKeystoreException {
        KeyStore store = load(keystore, password);
        String alias = keyAlias(store);
        try {
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            return new TlsSettings(keystore, context, (X509Certificate) store.getCertificate(alias));
        } catch (UnrecoverableKeyException differentPassword) {
            throw new UnusableKeystoreException("its private key has a password other than the keystore's");
        } catch (GeneralSecurityException failed) {
            throw new UnusableKeystoreException("cannot use its key: " + failed.getMessage());
        }
    }

    /** The JDK's enabled cipher suites that keep forward secrecy and authenticated encryption. */
    String[] cipherSuites() {
        return Arrays.stream(sslContext.getDefaultSSLParameters().getCipherSuites())
                .filter(TlsSettings::isStrong)
                .toArray(String[]::new);
    }

    private static boolean isStrong(String suite) {
        if (suite.startsWith("TLS_AES_") || suite.startsWith("TLS_CHACHA20_")) {
            return true; // TLS 1.3
        }
        boolean forwardSecret = suite.startsWith("TLS_ECDHE_") || suite.startsWith("TLS_DHE_");
        return (forwardSecret && (suite.contains("_GCM_") || suite.contains("_CHACHA20_")))
                || suite.equals("TLS_EMPTY_RENEGOTIATION_INFO_SCSV");
    }

    private static KeyStore load(Path keystore, char[] password) throws UnusableKeystoreException {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (NoSuchFileException missing) {
            throw new UnusableKeystoreException("no such file");
        } catch (AccessDeniedException denied) {
            throw new UnusableKeystoreException("cannot read it: permission denied");
        } catch (IOException unreadable) {
            if (unreadable.getCause() instanceof UnrecoverableKeyException) {
                throw new UnusableKeystoreException("wrong password");
            }
            throw new UnusableKeystoreException(
                    isPem(keystore)
                            ? "not a PKCS12 keystore but PEM text; make one with 'openssl pkcs12 -export'"
                            : "not a readable PKCS12 keystore"
                                    + (unreadable.getMessage() == null ? "" : " (" + unreadable.getMessage() + ")"));
        } catch (GeneralSecurityException unusable) {
            throw new UnusableKeystoreException("not a usable PKCS12 keystore: " + unusable.getMessage());
        }
    }

    private static boolean isPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64), StandardCharsets.US_ASCII).contains("-----BEGIN ");
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static String keyAlias(KeyStore store) throws UnusableKeystoreException {
        try {
            for (String alias : Collections.list(store.aliases())) {
                Certificate[] chain = store.isKeyEntry(alias) ? store.getCertificateChain(alias) : null;
                if (chain != null && chain.length > 0 && chain[0] instanceof X509Certificate) {
                    return alias;
                }
            }
        } catch (GeneralSecurityException unreadable) {
            throw new UnusableKeystoreException("cannot list its entries: " + unreadable.getMessage());
        }
        throw new UnusableKeystoreException("holds no private key with a certificate chain");
    }

    /** A keystore the server cannot serve with; the message says why in a few words. */
    public static final class UnusableKeystoreException extends Exception {

        private static final long serialVersionUID = 1L;

        public UnusableKeystoreException(String message) {
            super(message);
        }
    }
}
