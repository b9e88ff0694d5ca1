import { describe, expect, it } from 'vitest';
import { dockerfileBaseImages } from './images';

describe('reading images', () => {
  it('finds the base images of a Dockerfile', () => {
    expect(dockerfileBaseImages('FROM --platform=$BUILDPLATFORM golang AS build\nFROM build\nFROM scratch\nfrom python:3.12-slim')).toEqual(
      [
        { line: 0, image: 'golang', platform: true },
        { line: 3, image: 'python:3.12-slim', platform: false },
      ],
    );
  });
});
