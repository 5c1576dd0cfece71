import { translatorFor, type Lang } from '../i18n';

/** MapLibre's own words (its zoom buttons, the canvas's name, the gesture hints) from the catalogue. */
export function mapLocale(lang: Lang): Record<string, string> {
  const { t } = translatorFor(lang);
  return {
    'Map.Title': t('map.title'),
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'CooperativeGesturesHandler.WindowsHelpText': t('map.ctrlScroll'),
    'CooperativeGesturesHandler.MacHelpText': t('map.cmdScroll'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.twoFingers'),
  };
}
