package fr.crefop.stages.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTest {

    @Test
    void escapesWhatJsonHtmlAndEventStreamsCannotCarryAndKeepsTheRest() {
        assertThat(JsonText.string("Qui signe ? « l’élève »")).isEqualTo("\"Qui signe ? « l’élève »\"");
        assertThat(JsonText.string("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(JsonText.string("ligne\nsuite\r\tfin\u0001")).isEqualTo("\"ligne\\nsuite\\r\\tfin\\u0001\"");
        assertThat(JsonText.string("</script><b>&amp;")).isEqualTo("\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"");
        assertThat(JsonText.string("x\u2028y\u2029z")).isEqualTo("\"x\\u2028y\\u2029z\"");
        assertThat(JsonText.string("")).isEqualTo("\"\"");
    }
}
