package org.epistola.ingest;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders file names as people do: {@code page-2} before {@code page-10}. */
final class NaturalOrder implements Comparator<Path> {

  private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

  @Override
  public int compare(Path a, Path b) {
    Matcher left = CHUNK.matcher(a.getFileName().toString());
    Matcher right = CHUNK.matcher(b.getFileName().toString());
    while (left.find() && right.find()) {
      int order = compareChunks(left.group(), right.group());
      if (order != 0) {
        return order;
      }
    }
    return a.getFileName().toString().compareTo(b.getFileName().toString());
  }

  private static int compareChunks(String x, String y) {
    boolean bothNumbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
    if (bothNumbers) {
      String a = x.replaceFirst("^0+(?=.)", "");
      String b = y.replaceFirst("^0+(?=.)", "");
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return x.compareToIgnoreCase(y);
  }
}
