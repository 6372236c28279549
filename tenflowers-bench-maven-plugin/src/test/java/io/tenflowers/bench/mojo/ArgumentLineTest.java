package io.tenflowers.bench.mojo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArgumentLineTest {
    @Test
    void commasStayInsideAnArgument() {
        assertEquals(List.of("-Xlog:gc*,safepoint", "-Xmx1g"), ArgumentLine.split("-Xlog:gc*,safepoint  -Xmx1g"));
    }

    @Test
    void quotesGroupSpaces() {
        assertEquals(List.of("-Dname=a b", "-Dother=c d", "-ea"), ArgumentLine.split("-Dname=\"a b\" '-Dother=c d' -ea"));
        assertEquals(List.of(""), ArgumentLine.split("\"\""));
    }

    @Test
    void nothingGivenIsNoArguments() {
        assertEquals(List.of(), ArgumentLine.split(null));
        assertEquals(List.of(), ArgumentLine.split(" \t "));
    }
}
