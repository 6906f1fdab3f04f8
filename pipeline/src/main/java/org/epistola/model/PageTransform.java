package org.epistola.model;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * How the upright page that OCR read relates to the facsimile: the affine map from the original
 * scan's pixels to the prepared (turned, straightened, rescaled) page's pixels, kept as its six
 * coefficients so the record stays immutable.
 *
 * @param originalWidth the original image's width, boxes mapped back are clipped to it
 * @param originalHeight the original image's height
 */
public record PageTransform(
    double m00, double m10, double m01, double m11, double m02, double m12,
    int originalWidth, int originalHeight) {

  public PageTransform {
    if (originalWidth <= 0 || originalHeight <= 0) {
      throw new IllegalArgumentException("bad original size " + originalWidth + "x" + originalHeight);
    }
    if (Math.abs(m00 * m11 - m01 * m10) < 1e-9) {
      throw new IllegalArgumentException("the page transform cannot be undone");
    }
  }

  /** The identity on an image of the given size. */
  public static PageTransform identity(int width, int height) {
    return of(new AffineTransform(), width, height);
  }

  /** The transform with the given forward map. */
  public static PageTransform of(AffineTransform forward, int width, int height) {
    return new PageTransform(forward.getScaleX(), forward.getShearY(), forward.getShearX(),
        forward.getScaleY(), forward.getTranslateX(), forward.getTranslateY(), width, height);
  }

  /** The map from original to prepared coordinates. */
  public AffineTransform forward() {
    return new AffineTransform(m00, m10, m01, m11, m02, m12);
  }

  /** This transform followed by {@code next} (a further change of the prepared image). */
  public PageTransform then(AffineTransform next) {
    AffineTransform combined = new AffineTransform(next);
    combined.concatenate(forward());
    return of(combined, originalWidth, originalHeight);
  }

  /**
   * The box in the original image that holds {@code box} of the prepared image: its four corners
   * mapped back, their bounding box, clipped to the original image.
   */
  public BBox toOriginal(BBox box) {
    AffineTransform inverse;
    try {
      inverse = forward().createInverse();
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException("checked in the constructor", e);
    }
    double[] corners = {
      box.x(), box.y(), box.right(), box.y(), box.x(), box.bottom(), box.right(), box.bottom()
    };
    inverse.transform(corners, 0, corners, 0, 4);
    double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
    for (int i = 0; i < 8; i += 2) {
      minX = Math.min(minX, corners[i]);
      maxX = Math.max(maxX, corners[i]);
      minY = Math.min(minY, corners[i + 1]);
      maxY = Math.max(maxY, corners[i + 1]);
    }
    int left = clamp((int) Math.floor(minX + 1e-6), originalWidth);
    int top = clamp((int) Math.floor(minY + 1e-6), originalHeight);
    int right = clamp((int) Math.ceil(maxX - 1e-6), originalWidth);
    int bottom = clamp((int) Math.ceil(maxY - 1e-6), originalHeight);
    return new BBox(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
  }

  /** The point of the original image that {@code (x, y)} of the prepared image shows. */
  public Point2D toOriginal(double x, double y) {
    try {
      return forward().inverseTransform(new Point2D.Double(x, y), null);
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException("checked in the constructor", e);
    }
  }

  /** The lines with every word and line box mapped back to the original image. */
  public List<Line> toOriginal(List<Line> lines) {
    List<Line> mapped = new ArrayList<>(lines.size());
    for (Line line : lines) {
      List<Word> words = line.words().stream()
          .map(word -> new Word(word.text(), toOriginal(word.box()), word.confidence(), word.ocrReading()))
          .toList();
      mapped.add(new Line(words, toOriginal(line.box())));
    }
    return mapped;
  }

  private static int clamp(int value, int limit) {
    return Math.max(0, Math.min(limit, value));
  }
}
