import { keepInStep, storage } from '@/lib/browser/runtime';
import { storageKeys } from '@/lib/shared/storage-keys';
import { createReviewStore } from './review-store';

/**
 * The review schedule of this browser, one instance for every island that uses it (drills,
 * the review page, the home page's count, export and import). Not part of the islands'
 * runtime chunk: pages without review items do not load it.
 */
export const review = createReviewStore(storage);
keepInStep(storageKeys.review, () => review.reload());
