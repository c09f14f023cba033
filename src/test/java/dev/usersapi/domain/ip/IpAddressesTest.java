package dev.usersapi.domain.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @ParameterizedTest
    @CsvSource({
        "203.0.113.7, 203.0.113.7",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "2001:db8::7, 2001:db8::7",
        "2001:DB8::0:7, 2001:db8::7",
        "2001:db8:0:0:0:0:0:7, 2001:db8::7",
        "::1, ::1",
        "::, ::",
        "1::, 1::",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "::ffff:203.0.113.7, 203.0.113.7",
        "::ffff:cb00:7107, 203.0.113.7",
    })
    void everySpellingOfAnAddressBecomesItsOneSpelling(String text, String canonical) {
        assertEquals(Optional.of(canonical), IpAddresses.canonical(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "all",
                "localhost",
                "example.com",
                "203.0.113",
                "203.0.113.7.1",
                "203.0.113.256",
                "203.0.113.07",
                "203.0.113.-1",
                "203.0.113.7 ",
                " 203.0.113.7",
                "203.0.113.",
                "1:2",
                "1::2::3",
                "2001:db8::g",
                "fe80::1%eth0",
                "[::1]",
                "12345::",
                "::1.2.3",
                "2001:db8:0:0:0:0:0:0:7",
                "٣.0.113.7",
                "0000:0000:0000:0000:0000:ffff:203.000.113.007x",
            })
    void anythingElseIsNoAddress(String text) {
        assertEquals(Optional.empty(), IpAddresses.canonical(text));
    }
}
