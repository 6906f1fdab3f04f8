package org.epistola.synth;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The letter files the tests type. */
final class Letters {

  static final String KENNEDY = "/synth/letters/kennedy-1961-04-18.txt";
  static final String WHITFIELD = "/letters/whitfield-1952-03-12.txt";

  private Letters() {}

  static Path path(String resource) {
    URL url = Letters.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static LetterText read(String resource) throws SynthException {
    return LetterText.read(path(resource));
  }
}
